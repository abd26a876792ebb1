namespace Microsoft.Xrm.Sdk
{
    /// <summary>Per-record images of CreateMultiple/UpdateMultiple (reference §3).</summary>
    public interface IPluginExecutionContext4 : IPluginExecutionContext3
    {
        EntityImageCollection[] PreEntityImagesCollection { get; }

        EntityImageCollection[] PostEntityImagesCollection { get; }
    }
}
