namespace Microsoft.Xrm.Sdk
{
    /// <summary>Newer than package 9.0.2.46; same assembly version, so plugins built against it still bind (reference §3).</summary>
    public interface IPluginExecutionContext5 : IPluginExecutionContext4
    {
        string InitiatingUserAgent { get; }
    }
}
