namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>A relationship as written: 1:N (referenced → referencing via a lookup) or N:N (first, second, intersect).</summary>
    internal sealed record RelationshipSpec(string Name, bool IsManyToMany, string ReferencedOrFirst, string ReferencingOrSecond, string? Attribute)
    {
        public string CascadeDelete { get; init; } = "RemoveLink";
        public string CascadeAssign { get; init; } = "NoCascade";
        public string Description { get; init; } = string.Empty;

        /// <summary>Other/Relationships/&lt;file&gt;.xml: 1:N under the referenced table, N:N under the first (§3.1).</summary>
        public string FileEntity => ReferencedOrFirst;
    }
}
