namespace Dataverse.Emulator.Metadata
{
    /// <summary>One value of a table's statecode: its number, invariant name (e.g. "Active") and the statuscode
    /// a record gets when it enters this state without an explicit status.</summary>
    public sealed record StateDefinition(int Value, string Name, int DefaultStatus);
}
