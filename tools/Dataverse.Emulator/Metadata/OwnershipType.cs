namespace Dataverse.Emulator.Metadata
{
    /// <summary>Who owns a table's rows (EntityMetadata.OwnershipType; "OwnershipTypeMask" in solution XML).</summary>
    public enum OwnershipType
    {
        None,
        UserOwned,
        OrganizationOwned,
        /// <summary>Owned by a business unit (systemuser, team, businessunit in the platform's metadata).</summary>
        BusinessOwned,
    }
}
