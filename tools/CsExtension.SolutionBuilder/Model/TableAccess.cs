namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>
    /// What a role may do with one table. <see cref="PrivilegeName"/> is the name inside the privilege names
    /// (prvRead&lt;name&gt;): the logical name for custom tables, "Account", "Activity", "User"... for standard ones.
    /// A null depth grants nothing.
    /// </summary>
    public sealed record TableAccess(string PrivilegeName)
    {
        public PrivilegeDepth? Create { get; init; }
        public PrivilegeDepth? Read { get; init; }
        public PrivilegeDepth? Write { get; init; }
        public PrivilegeDepth? Delete { get; init; }
        public PrivilegeDepth? Append { get; init; }
        public PrivilegeDepth? AppendTo { get; init; }
        public PrivilegeDepth? Assign { get; init; }
        public PrivilegeDepth? Share { get; init; }
    }
}
