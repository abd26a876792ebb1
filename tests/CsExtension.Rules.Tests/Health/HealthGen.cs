using System;
using CsCheck;
using CsExtension.Rules.Health;

namespace CsExtension.Rules.Tests.Health
{
    /// <summary>Generators of plausible (and some implausible) health inputs and settings for the property tests.</summary>
    internal static class HealthGen
    {
        public const int Iterations = 300;

        public static readonly Gen<CustomerTier?> Tier =
            Gen.Int[0, 3].Select(i => i == 3 ? (CustomerTier?)null : (CustomerTier)i);

        public static readonly Gen<UsageReading> Reading =
            Gen.Select(Gen.Int[0, 300], Gen.Int[0, 300], Gen.Int[0, 3000])
                .Select(t => new UsageReading(Account.Now.Date.AddDays(-29), Account.Now.Date, t.Item1, t.Item2, t.Item3, 0, 0));

        /// <summary>Days ago, or null for "never" (−1).</summary>
        public static Gen<DateTime?> DaysAgo(int max) =>
            Gen.Int[-1, max].Select(d => d < 0 ? (DateTime?)null : Account.DaysAgo(d));

        public static readonly Gen<SupportSummary> Support =
            Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], Gen.Int[0, 6]).Select(t => new SupportSummary(t.Item1, t.Item2, t.Item3));

        public static readonly Gen<ContractSummary?> Contract =
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[-10, 400], Gen.Bool, Gen.Bool, Gen.Bool)
                .Select(t => t.Item1 == 0 && t.Item2 == 0 ? null
                    : new ContractSummary(t.Item1, t.Item2, t.Item6 ? Account.DaysAhead(t.Item3) : (DateTime?)null, t.Item4, t.Item5));

        public static readonly Gen<HealthOverride?> Override =
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 100], Gen.Int[-5, 5])
                .Select(t => t.Item1 == 0 ? null : new HealthOverride(t.Item2, "Because", Account.Now.Date.AddDays(t.Item3)));

        public static readonly Gen<HealthInputs> Inputs =
            Gen.Select(
                Gen.Select(Tier, Reading.Array[0, 5], DaysAgo(200), DaysAgo(300), Support),
                Gen.Select(Contract, Gen.Int[0, 4], Gen.Int[-60, 60], DaysAgo(300), Gen.Int[-1, 100], Override),
                (a, b) => new HealthInputs
                {
                    Now = Account.Now,
                    Tier = a.Item1,
                    Usage = a.Item2,
                    LastEngagementOn = a.Item3,
                    LastMeetingOn = a.Item4,
                    Support = a.Item5,
                    Contract = b.Item1,
                    Onboarding = (OnboardingStatus)b.Item2,
                    OnboardingDueOn = Account.Now.Date.AddDays(b.Item3),
                    LastQbrOn = b.Item4,
                    ScoreThirtyDaysAgo = b.Item5 < 0 ? null : b.Item5,
                    Override = b.Item6,
                });

        /// <summary>Weights anywhere from −10 to 60 (so some components drop out), other numbers at their defaults.</summary>
        public static readonly Gen<HealthSettings> Settings =
            Gen.Select(Gen.Int[-10, 60], Gen.Int[-10, 60], Gen.Int[-10, 60], Gen.Int[-10, 60], Gen.Int[-10, 60], Gen.Int[-10, 60])
                .Select(w => new HealthSettings
                {
                    WeightUsage = w.Item1,
                    WeightEngagement = w.Item2,
                    WeightSupport = w.Item3,
                    WeightContract = w.Item4,
                    WeightOnboarding = w.Item5,
                    WeightRelationship = w.Item6,
                });

        /// <summary>Settings an admin could type, penalties and scores included, to show the score stays 0–100 whatever they are.</summary>
        public static readonly Gen<HealthSettings> AnySettings =
            Gen.Select(Settings, Gen.Int[0, 200], Gen.Int[-50, 150], Gen.Int[0, 120], Gen.Int[-50, 150], Gen.Int[0, 100])
                .Select(t =>
                {
                    var s = t.Item1;
                    s.UsageFullPercent = t.Item2;
                    s.UsageDropPenalty = t.Item3;
                    s.SupportCriticalPenalty = t.Item4;
                    s.ContractOnHoldScore = t.Item5;
                    s.ContractRenewalPenalty = t.Item4;
                    s.OnboardingOverdueScore = t.Item5;
                    s.QbrMissingScore = t.Item5;
                    s.UsageDropPercent = t.Item6;
                    s.EngagementFullDays = t.Item6;
                    s.EngagementZeroDays = 100 - t.Item6;
                    return s;
                });
    }
}
