namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>What a field-security profile allows on one secured column.</summary>
    public sealed record FieldPermission(string Table, string Column, bool CanRead, bool CanUpdate, bool CanCreate);
}
