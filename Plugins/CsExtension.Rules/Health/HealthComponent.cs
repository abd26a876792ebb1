namespace CsExtension.Rules.Health
{
    /// <summary>The six parts of an account's health, in the order the design lists them.</summary>
    public enum HealthComponent
    {
        Usage,
        Engagement,
        Support,
        Contract,
        Onboarding,
        Relationship,
    }
}
