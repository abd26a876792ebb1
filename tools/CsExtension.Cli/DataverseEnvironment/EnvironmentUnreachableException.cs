using System;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>No connection could be made (unknown host, refused, TLS failed): the request never reached the environment,
    /// so nothing was done there and trying again is always safe.</summary>
    public sealed class EnvironmentUnreachableException : Exception
    {
        public EnvironmentUnreachableException(EnvironmentUrl environment, string reason, bool worthRetrying, Exception inner)
            : base(reason, inner)
        {
            Environment = environment;
            WorthRetrying = worthRetrying;
        }

        public EnvironmentUrl Environment { get; }

        /// <summary>A refused or reset connection can heal in seconds; an unknown host name or a failed TLS handshake will not.</summary>
        public bool WorthRetrying { get; }
    }
}
