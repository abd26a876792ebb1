using System;

namespace CsExtension.Rules.Health
{
    /// <summary>A CS manager's score that wins over the computed one through <see cref="Until"/> (a date, inclusive).</summary>
    public sealed class HealthOverride
    {
        public HealthOverride(int score, string reason, DateTime until)
        {
            Score = score;
            Reason = reason;
            Until = until;
        }

        public int Score { get; }
        public string Reason { get; }
        public DateTime Until { get; }
    }
}
