namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>Which of the two zips is being packed; the value is what solution.xml's Managed element says.</summary>
    public enum PackageKind
    {
        Unmanaged = 0,
        Managed = 1,
    }
}
