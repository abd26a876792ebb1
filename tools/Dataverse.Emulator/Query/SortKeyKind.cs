namespace Dataverse.Emulator.Query
{
    /// <summary>The type of a sort key, so a paging cookie's text can be read back into comparable values.</summary>
    internal enum SortKeyKind
    {
        Text,
        Decimal,
        Double,
        DateTime,
        Boolean,
        Guid,
    }
}
