using System;

namespace CsExtension.Plugins.Registration
{
    /// <summary>Declares the custom API that the plugin class implements.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CustomApiAttribute : Attribute
    {
        public CustomApiAttribute(string uniqueName)
        {
            UniqueName = uniqueName;
        }

        public string UniqueName { get; }

        /// <summary>The table a bound API takes as its "Target"; null for an unbound API.</summary>
        public string? BoundEntity { get; set; }

        public bool IsFunction { get; set; }

        public string? DisplayName { get; set; }

        public string? Description { get; set; }
    }
}
