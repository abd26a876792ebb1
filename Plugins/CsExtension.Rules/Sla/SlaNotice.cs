namespace CsExtension.Rules.Sla
{
    /// <summary>A notice the request's owner gets once per request; its name is what the "SLA notices sent" column records.</summary>
    public enum SlaNotice
    {
        NearingBreach,
        Breached,
    }
}
