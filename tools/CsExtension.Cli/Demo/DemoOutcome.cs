using System;
using System.Collections.Generic;

namespace CsExtension.Cli.Demo
{
    /// <summary>What the demo found, read back from the emulated Dataverse after the simulation.</summary>
    public sealed class DemoOutcome
    {
        public required DemoOptions Options { get; init; }

        /// <summary>The emulated Dataverse holding the simulated book of business (what csx serve puts behind its Web API).</summary>
        public required Dataverse.Emulator.DataverseEmulator Emulator { get; init; }

        /// <summary>The CS manager of the simulated team (the user csx serve's browser acts as).</summary>
        public required Guid ManagerId { get; init; }

        public required IReadOnlyList<KpiRow> Kpis { get; init; }

        public required IReadOnlyList<AtRiskRow> AtRisk { get; init; }

        public required int AtRiskTotal { get; init; }

        public required IReadOnlyList<UpsellRow> Upsell { get; init; }

        public required IReadOnlyList<SlaRow> SlaBoard { get; init; }

        public required int SlaBoardTotal { get; init; }

        public required IReadOnlyList<(string Label, long Value)> Totals { get; init; }

        public required int FailedSystemJobs { get; init; }

        public required IReadOnlyList<string> FailedSystemJobSamples { get; init; }
    }

    public sealed record KpiRow(
        string Month, int ActiveAtStart, int Churned, decimal ArrAtStart, decimal? LogoChurn, decimal? Grr, decimal? Nrr,
        decimal? Onboarding, decimal? Qbr, decimal? HealthImprovement, decimal? Upsell, decimal? SlaAttainment, decimal? MeetingsPerAccount);

    public sealed record AtRiskRow(string Account, string Tier, string Csm, decimal Arr, int? Score, string Band, decimal? Trend, string Drivers);

    public sealed record UpsellRow(string Account, string Type, decimal Value, string Status, DateTime RaisedOn, string Detail);

    public sealed record SlaRow(string Title, string Account, string Priority, string Status, string SlaStatus, DateTime? ResolutionDue, decimal ArrImpact);
}
