namespace CsExtension.Plugins.Sla
{
    /// <summary>What one SLA evaluation did.</summary>
    public sealed class SlaEvaluationCounts
    {
        public int Evaluated { get; set; }

        public int NearingBreach { get; set; }

        public int Breached { get; set; }

        public int Pages { get; set; }
    }
}
