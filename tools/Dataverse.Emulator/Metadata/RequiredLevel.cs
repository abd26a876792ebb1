namespace Dataverse.Emulator.Metadata
{
    /// <summary>A column's requirement level (AttributeRequiredLevel). Only SystemRequired is enforced by the
    /// platform on writes; ApplicationRequired ("required" in solution XML) is enforced by forms only.</summary>
    public enum RequiredLevel
    {
        None,
        Recommended,
        ApplicationRequired,
        SystemRequired,
    }
}
