using System;

namespace CsExtension.Plugins.Registration
{
    /// <summary>Declares one SdkMessageProcessingStep next to the plugin class that serves it. This is the only place
    /// steps are defined: the emulator registers them from these declarations and the solution build generates the
    /// step files from them, both by reading metadata, never by running plugin code.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class PluginStepAttribute : Attribute
    {
        public PluginStepAttribute(string message, string primaryEntity, StepStage stage, StepMode mode)
        {
            Message = message;
            PrimaryEntity = primaryEntity;
            Stage = stage;
            Mode = mode;
        }

        public string Message { get; }

        /// <summary>The table's logical name, or "none" for a message without one.</summary>
        public string PrimaryEntity { get; }

        public StepStage Stage { get; }

        public StepMode Mode { get; }

        /// <summary>Comma-separated columns; an Update step runs only when one of them is in the Target.</summary>
        public string? FilteringAttributes { get; set; }

        public int Rank { get; set; } = 1;

        /// <summary>Alias of the pre-image, with <see cref="PreImageAttributes"/> as its comma-separated columns.</summary>
        public string? PreImage { get; set; }

        public string? PreImageAttributes { get; set; }

        public string? PostImage { get; set; }

        public string? PostImageAttributes { get; set; }

        public string? UnsecureConfiguration { get; set; }

        public string? Description { get; set; }
    }
}
