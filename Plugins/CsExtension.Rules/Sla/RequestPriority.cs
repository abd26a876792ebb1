namespace CsExtension.Rules.Sla
{
    /// <summary>A customer request's priority; each has its own SLA policy (same order as the request's choice).</summary>
    public enum RequestPriority
    {
        Critical,
        High,
        Medium,
        Low,
    }
}
