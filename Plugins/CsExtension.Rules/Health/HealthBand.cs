namespace CsExtension.Rules.Health
{
    public enum HealthBand
    {
        Healthy,
        Neutral,
        AtRisk,
        Critical,
    }
}
