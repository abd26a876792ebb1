namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>What one csx_Sweep changed, as the server counted it.</summary>
    public sealed record SweepCounts(int OverdueOnboardingCount, int OverdueQbrCount, int NearingBreachCount, int BreachedCount);
}
