namespace CsExtension.Rules.Growth
{
    /// <summary>A signal whose condition holds: its estimated value, its figures in words and its strength 0–100.</summary>
    public sealed class ExpansionSignal
    {
        public ExpansionSignal(SignalType type, string title, decimal value, string detail, int score)
        {
            Type = type;
            Title = title;
            Value = value;
            Detail = detail;
            Score = score;
        }

        public SignalType Type { get; }

        /// <summary>Short words for the opportunity's name, e.g. "Seat expansion: +14 seats".</summary>
        public string Title { get; }

        /// <summary>Estimated value of the opportunity, rounded to whole currency units.</summary>
        public decimal Value { get; }

        public string Detail { get; }

        public int Score { get; }
    }
}
