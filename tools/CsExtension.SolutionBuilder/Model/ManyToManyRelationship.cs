namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>An N:N relationship; the platform keeps it in an intersect table of the same name.</summary>
    public sealed record ManyToManyRelationship(string Name, string FirstTable, string SecondTable, Label Description);
}
