namespace Dataverse.Emulator.Metadata
{
    /// <summary>The column (attribute) types the emulator knows, named after the SDK's AttributeTypeCode.
    /// Each maps to one CLR type of the SDK value it carries (see <see cref="RecordValidator"/>).</summary>
    public enum ColumnType
    {
        String,
        Memo,
        Integer,
        BigInt,
        Decimal,
        Double,
        Money,
        Boolean,
        DateTime,
        Lookup,
        Owner,
        Customer,
        Picklist,
        State,
        Status,
        MultiSelectPicklist,
        UniqueIdentifier,
        EntityName,
    }
}
