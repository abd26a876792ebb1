using System;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>The request was sent but no answer came back (the connection dropped, or the wait timed out): the
    /// environment may or may not have done it, so it must not be resent before finding out.</summary>
    public sealed class RequestOutcomeUnknownException : Exception
    {
        public RequestOutcomeUnknownException(string operation, Exception inner)
            : base($"{operation}: the request was sent but no answer came back ({inner.Message})", inner)
        {
            Operation = operation;
        }

        public string Operation { get; }
    }
}
