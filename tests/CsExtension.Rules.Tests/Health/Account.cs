using System;
using System.Linq;
using CsExtension.Rules.Health;

namespace CsExtension.Rules.Tests.Health
{
    /// <summary>Builds health inputs for an account on a fixed day, so every example can be worked out by hand.</summary>
    internal static class Account
    {
        /// <summary>Mid-afternoon: dates are compared by calendar day, so the time of day must not matter.</summary>
        public static readonly DateTime Now = new DateTime(2025, 6, 30, 15, 30, 0);

        /// <summary>An account with nothing known but its support (no open requests): the other five components have no data.</summary>
        public static HealthInputs Bare(CustomerTier? tier = CustomerTier.MidTouch) => new HealthInputs { Now = Now, Tier = tier };

        public static UsageReading Reading(int activeUsers, int licensedSeats, int logins = 100, int periodDays = 30) =>
            new UsageReading(Now.Date.AddDays(-periodDays + 1), Now.Date, activeUsers, licensedSeats, logins, 0, 0);

        /// <summary>Readings newest first from (active, seats) pairs.</summary>
        public static UsageReading[] Usage(params (int Active, int Seats)[] newestFirst) =>
            newestFirst.Select(r => Reading(r.Active, r.Seats)).ToArray();

        public static DateTime DaysAgo(int days) => Now.Date.AddDays(-days).AddHours(9);

        public static DateTime DaysAhead(int days) => Now.Date.AddDays(days);

        public static ComponentScore? Component(this HealthAssessment assessment, HealthComponent component) =>
            assessment.Components.SingleOrDefault(c => c.Component == component);

        public static ComponentScore Score(HealthInputs inputs, HealthComponent component, HealthSettings? settings = null) =>
            HealthScoreCalculator.Assess(inputs, settings ?? HealthSettings.Default).Component(component)
            ?? throw new InvalidOperationException(component + " had no data");

        public static HealthInputs Copy(HealthInputs inputs) => new HealthInputs
        {
            Now = inputs.Now,
            Tier = inputs.Tier,
            Usage = inputs.Usage.ToArray(),
            LastEngagementOn = inputs.LastEngagementOn,
            LastMeetingOn = inputs.LastMeetingOn,
            Support = inputs.Support,
            Contract = inputs.Contract,
            Onboarding = inputs.Onboarding,
            OnboardingDueOn = inputs.OnboardingDueOn,
            LastQbrOn = inputs.LastQbrOn,
            ScoreThirtyDaysAgo = inputs.ScoreThirtyDaysAgo,
            Override = inputs.Override,
        };
    }
}
