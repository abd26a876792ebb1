namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>How far a privilege reaches: own rows (User), business unit, parent and child units, organization.</summary>
    public enum PrivilegeDepth
    {
        User,
        BusinessUnit,
        ParentChildBusinessUnits,
        Organization,
    }
}
