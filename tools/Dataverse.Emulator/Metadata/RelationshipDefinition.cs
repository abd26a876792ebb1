namespace Dataverse.Emulator.Metadata
{
    /// <summary>A relationship between tables, identified by its schema name (the name Associate/Disassociate and
    /// RelatedEntities use).</summary>
    public abstract record RelationshipDefinition(string SchemaName);
}
