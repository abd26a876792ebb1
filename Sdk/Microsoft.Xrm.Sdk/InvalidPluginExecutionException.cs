using System;
using System.Runtime.Serialization;
using System.Security;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>What a plugin throws to cancel an operation with a message the user sees (reference §4 Faults, §9.3.9).</summary>
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception, ISerializable
    {
        private readonly OperationStatus _status;
        private readonly PluginHttpStatusCode _httpStatus;

        public InvalidPluginExecutionException()
        {
        }

        public InvalidPluginExecutionException(OperationStatus status)
        {
            _status = status;
        }

        public InvalidPluginExecutionException(string message)
            : base(message)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, string message)
            : base(message)
        {
            _status = status;
        }

        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
            if (exception is InvalidPluginExecutionException inner)
            {
                _httpStatus = inner.HttpStatus;
            }
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : base(message)
        {
            _status = status;
            if (errorCode != 0)
            {
                HResult = errorCode;
            }
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            _httpStatus = httpStatus;
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : this(status, errorCode, message)
        {
            _httpStatus = httpStatus;
        }

#pragma warning disable SYSLIB0051, CS0672 // The real type keeps binary serialization; the contract mirrors it.
        private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
            : base(info, context)
        {
            _status = (OperationStatus)info.GetInt32("Status");
            _httpStatus = (PluginHttpStatusCode)info.GetInt32("HttpStatus");
        }

        public OperationStatus Status => _status;

        public int ErrorCode => HResult;

        public PluginHttpStatusCode HttpStatus => _httpStatus;

        [SecurityCritical]
        public override void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("Status", (int)_status);
            info.AddValue("HttpStatus", (int)_httpStatus);
        }
#pragma warning restore SYSLIB0051, CS0672
    }
}
