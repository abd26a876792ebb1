namespace Dataverse.Emulator.Pipeline
{
    /// <summary>IExecutionContext.Mode: 0 synchronous, 1 asynchronous (reference §8).</summary>
    public enum StepMode
    {
        Synchronous = 0,
        Asynchronous = 1,
    }
}
