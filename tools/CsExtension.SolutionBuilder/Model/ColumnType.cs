namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>Column types as a maker names them.</summary>
    public enum ColumnType
    {
        Text,
        Url,
        MultilineText,
        WholeNumber,
        Decimal,
        Currency,
        DateOnly,
        DateAndTime,
        YesNo,
        Choice,
        Choices,
        Lookup,
    }
}
