using System;

namespace Dataverse.WebApi
{
    /// <summary>How <see cref="WebApiServer"/> listens and behaves.</summary>
    public sealed class WebApiServerOptions
    {
        /// <summary>Port on 127.0.0.1; 0 takes any free port.</summary>
        public int Port { get; init; }

        /// <summary>Folder served under /WebResources/ (the built web resources), or null for none.</summary>
        public string? WebResourcesFolder { get; init; }

        /// <summary>The page "/" redirects to, relative to /WebResources/ (when web resources are served).</summary>
        public string? StartPage { get; init; }

        /// <summary>The unpacked solution folder whose main forms /main.aspx hosts (web resources and onload handlers), or null.</summary>
        public string? SolutionFolder { get; init; }

        /// <summary>Service-protection errors and dropped connections to inject, for clients' tests.</summary>
        public FaultInjection? Faults { get; init; }

        /// <summary>The user requests run as when they carry no MSCRMCallerID header (default: the emulator's SYSTEM user).</summary>
        public Guid? CallerId { get; init; }

        /// <summary>When true the emulator's clock moves forward with wall time from where it stood at start, so
        /// records written through the API carry later times than the ones before.</summary>
        public bool ClockFollowsWallTime { get; init; } = true;
    }
}
