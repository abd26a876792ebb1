using System;

namespace Microsoft.Xrm.Sdk.Client
{
    /// <summary>Names the table of a generated early-bound class; Entity.ToEntity&lt;T&gt; requires it.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class EntityLogicalNameAttribute : Attribute
    {
        public EntityLogicalNameAttribute(string logicalName)
        {
            if (string.IsNullOrWhiteSpace(logicalName))
            {
                throw new ArgumentNullException(nameof(logicalName));
            }

            LogicalName = logicalName;
        }

        public string LogicalName { get; }
    }
}
