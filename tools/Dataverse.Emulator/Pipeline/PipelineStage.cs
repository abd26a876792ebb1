namespace Dataverse.Emulator.Pipeline
{
    /// <summary>Event pipeline stages (reference §8: 10, 20, 30 platform-only, 40).</summary>
    public enum PipelineStage
    {
        PreValidation = 10,
        PreOperation = 20,
        MainOperation = 30,
        PostOperation = 40,
    }
}
