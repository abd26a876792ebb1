namespace CsExtension.Plugins.Registration
{
    /// <summary>The stages a step may be registered on (10, 20, 40; 30 is the platform's own).</summary>
    public enum StepStage
    {
        PreValidation = 10,
        PreOperation = 20,
        PostOperation = 40,
    }
}
