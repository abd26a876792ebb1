namespace CsExtension.Rules.Health
{
    public enum CustomerTier
    {
        HighTouch,
        MidTouch,
        TechTouch,
    }
}
