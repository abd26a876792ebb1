using System;
using System.Net;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>The environment answered with an error: its status and the error it gave ({"error":{"code","message"}}).</summary>
    public sealed class DataverseApiException : Exception
    {
        public DataverseApiException(HttpStatusCode status, string? errorCode, string serverMessage, string operation)
            : base(serverMessage)
        {
            Status = status;
            ErrorCode = errorCode;
            Operation = operation;
        }

        public HttpStatusCode Status { get; }

        /// <summary>Dataverse's hexadecimal error code (0x80072322 for a service-protection limit), when it gave one.</summary>
        public string? ErrorCode { get; }

        /// <summary>What was asked, e.g. "POST csx_Sweep", so a message can say which call failed.</summary>
        public string Operation { get; }
    }
}
