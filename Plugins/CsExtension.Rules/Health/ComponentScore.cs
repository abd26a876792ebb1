namespace CsExtension.Rules.Health
{
    /// <summary>One component's score with its figures in words, e.g. "Usage 42: 31 % of seats active, down 28 %".</summary>
    public sealed class ComponentScore
    {
        public ComponentScore(HealthComponent component, int score, string explanation)
        {
            Component = component;
            Score = score;
            Explanation = explanation;
        }

        public HealthComponent Component { get; }
        public int Score { get; }
        public string Explanation { get; }
    }
}
