namespace CsExtension.SolutionBuilder
{
    /// <summary>Who publishes the solution and how it is named (DESIGN.md; publisher rules in solution-format.md §4.2).</summary>
    public static class SolutionIdentity
    {
        public const string UniqueName = "CsExtension";
        public const string DisplayName = "CS Extension";
        public const string Version = "1.0.0.0";
        public const string PublisherUniqueName = "csextension";
        public const string PublisherDisplayName = "CS Extension";
        public const string Prefix = "csx";
        public const int OptionValuePrefix = 61530;

        /// <summary>Choice values of the publisher start at prefix × 10000 (615300000).</summary>
        public const int FirstOptionValue = OptionValuePrefix * 10000;

        public const string UnmanagedZipName = "CsExtension.zip";
        public const string ManagedZipName = "CsExtension_managed.zip";
    }
}
