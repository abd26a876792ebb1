using System;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>An asynchronous step's run, as the platform records it in System Jobs (asyncoperation).</summary>
    public sealed class SystemJob
    {
        internal SystemJob(string stepName, string message, string primaryEntity, Guid primaryEntityId, DateTime completedOn, Exception? error, int attempts)
        {
            StepName = stepName;
            Message = message;
            PrimaryEntity = primaryEntity;
            PrimaryEntityId = primaryEntityId;
            CompletedOn = completedOn;
            Error = error;
            Attempts = attempts;
        }

        public string StepName { get; }
        public string Message { get; }
        public string PrimaryEntity { get; }
        public Guid PrimaryEntityId { get; }
        public DateTime CompletedOn { get; }
        public Exception? Error { get; }
        public int Attempts { get; }
        public bool Succeeded => Error == null;
        public string Status => Succeeded ? "Succeeded" : "Failed";
    }
}
