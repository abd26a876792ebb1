using System.Collections.Generic;

namespace CsExtension.Rules.Health
{
    /// <summary>The result of scoring one account.</summary>
    public sealed class HealthAssessment
    {
        public HealthAssessment(int? computedScore, int? effectiveScore, HealthBand? band, decimal? trend,
            IReadOnlyList<ComponentScore> components, string drivers, bool overrideInForce)
        {
            ComputedScore = computedScore;
            EffectiveScore = effectiveScore;
            Band = band;
            Trend = trend;
            Components = components;
            Drivers = drivers;
            OverrideInForce = overrideInForce;
        }

        /// <summary>The weighted mean of the applicable components; null when no component had data (never 0).</summary>
        public int? ComputedScore { get; }

        /// <summary>The override while it is in force, otherwise the computed score.</summary>
        public int? EffectiveScore { get; }

        /// <summary>The band of the effective score.</summary>
        public HealthBand? Band { get; }

        /// <summary>Effective score now minus the score 30 days ago; null without history for that day.</summary>
        public decimal? Trend { get; }

        /// <summary>The components that had data; the others were left out and their weight shared.</summary>
        public IReadOnlyList<ComponentScore> Components { get; }

        /// <summary>The two components furthest below 100, in words with their figures, separated by "; ".</summary>
        public string Drivers { get; }

        public bool OverrideInForce { get; }
    }
}
