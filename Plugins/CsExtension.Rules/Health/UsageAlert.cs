namespace CsExtension.Rules.Health
{
    /// <summary>An alert to raise for a new usage snapshot: its kind, a short title and a description with the figures.</summary>
    public sealed class UsageAlert
    {
        public UsageAlert(UsageAlertKind kind, string title, string description)
        {
            Kind = kind;
            Title = title;
            Description = description;
        }

        public UsageAlertKind Kind { get; }
        public string Title { get; }
        public string Description { get; }
    }
}
