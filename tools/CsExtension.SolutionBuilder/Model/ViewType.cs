namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>The kinds of system view (savedquery querytype) the solution ships.</summary>
    public enum ViewType
    {
        Public = 0,
        AdvancedFind = 1,
        Associated = 2,
        QuickFind = 4,
        Lookup = 64,
    }
}
