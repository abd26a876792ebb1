namespace CsExtension.Plugins.Registration
{
    public enum StepMode
    {
        Synchronous = 0,
        Asynchronous = 1,
    }
}
