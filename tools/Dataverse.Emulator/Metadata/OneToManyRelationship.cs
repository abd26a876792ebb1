namespace Dataverse.Emulator.Metadata
{
    /// <summary>A 1:N relationship: the referencing table's lookup column points at the referenced table's key.</summary>
    public sealed record OneToManyRelationship(
        string SchemaName,
        string ReferencedTable,
        string ReferencedAttribute,
        string ReferencingTable,
        string ReferencingAttribute) : RelationshipDefinition(SchemaName);
}
