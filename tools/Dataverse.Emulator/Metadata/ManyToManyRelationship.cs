namespace Dataverse.Emulator.Metadata
{
    /// <summary>An N:N relationship kept in an intersect table whose two columns hold the ids of the related rows
    /// (Table1's id in Attribute1, Table2's id in Attribute2).</summary>
    public sealed record ManyToManyRelationship(
        string SchemaName,
        string IntersectTable,
        string Table1,
        string Attribute1,
        string Table2,
        string Attribute2) : RelationshipDefinition(SchemaName);
}
