using System;

namespace CsExtension.Plugins.Registration
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class CustomApiResponsePropertyAttribute : Attribute
    {
        public CustomApiResponsePropertyAttribute(string uniqueName, CustomApiParameterType type)
        {
            UniqueName = uniqueName;
            Type = type;
        }

        public string UniqueName { get; }

        public CustomApiParameterType Type { get; }

        public string? DisplayName { get; set; }

        public string? Description { get; set; }
    }
}
