namespace CsExtension.Rules.Health
{
    /// <summary>The two usage alerts of DESIGN §2; the plugin keeps at most one open per account and kind.</summary>
    public enum UsageAlertKind
    {
        UsageDecline,
        NoLogin,
    }
}
