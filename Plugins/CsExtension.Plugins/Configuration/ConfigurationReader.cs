using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Rules.Growth;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Configuration
{
    /// <summary>Reads the active CS Configuration row (one call). A missing row or an empty column means the design's
    /// default, so a new environment works before an admin creates the row.</summary>
    public static class ConfigurationReader
    {
        private static readonly IReadOnlyList<KeyValuePair<string, Action<HealthSettings, int>>> HealthColumns = new[]
        {
            Map("csx_weightusage", (s, v) => s.WeightUsage = v),
            Map("csx_weightengagement", (s, v) => s.WeightEngagement = v),
            Map("csx_weightsupport", (s, v) => s.WeightSupport = v),
            Map("csx_weightcontract", (s, v) => s.WeightContract = v),
            Map("csx_weightonboarding", (s, v) => s.WeightOnboarding = v),
            Map("csx_weightrelationship", (s, v) => s.WeightRelationship = v),
            Map("csx_bandhealthymin", (s, v) => s.BandHealthyMin = v),
            Map("csx_bandneutralmin", (s, v) => s.BandNeutralMin = v),
            Map("csx_bandatriskmin", (s, v) => s.BandAtRiskMin = v),
            Map("csx_healthtrenddays", (s, v) => s.HealthTrendDays = v),
            Map("csx_usagefullpercent", (s, v) => s.UsageFullPercent = v),
            Map("csx_usagetrendsnapshots", (s, v) => s.UsageTrendSnapshots = v),
            Map("csx_usagedroppercent", (s, v) => s.UsageDropPercent = v),
            Map("csx_usagedroppenalty", (s, v) => s.UsageDropPenalty = v),
            Map("csx_engagementfulldays", (s, v) => s.EngagementFullDays = v),
            Map("csx_engagementzerodays", (s, v) => s.EngagementZeroDays = v),
            Map("csx_cadencehightouchdays", (s, v) => s.CadenceHighTouchDays = v),
            Map("csx_cadencemidtouchdays", (s, v) => s.CadenceMidTouchDays = v),
            Map("csx_cadencetechtouchdays", (s, v) => s.CadenceTechTouchDays = v),
            Map("csx_supportcriticalpenalty", (s, v) => s.SupportCriticalPenalty = v),
            Map("csx_supporthighpenalty", (s, v) => s.SupportHighPenalty = v),
            Map("csx_supportbreachedpenalty", (s, v) => s.SupportBreachedPenalty = v),
            Map("csx_contractonholdscore", (s, v) => s.ContractOnHoldScore = v),
            Map("csx_contractrenewalwindowdays", (s, v) => s.ContractRenewalWindowDays = v),
            Map("csx_contractrenewalpenalty", (s, v) => s.ContractRenewalPenalty = v),
            Map("csx_contractcontractionpenalty", (s, v) => s.ContractContractionPenalty = v),
            Map("csx_onboardingdays", (s, v) => s.OnboardingDays = v),
            Map("csx_onboardingseatpercent", (s, v) => s.OnboardingSeatPercent = v),
            Map("csx_onboardingoverduescore", (s, v) => s.OnboardingOverdueScore = v),
            Map("csx_onboardinglatescore", (s, v) => s.OnboardingLateScore = v),
            Map("csx_qbrintervaldays", (s, v) => s.QbrIntervalDays = v),
            Map("csx_qbrrecentdays", (s, v) => s.QbrRecentDays = v),
            Map("csx_qbrmissingscore", (s, v) => s.QbrMissingScore = v),
            Map("csx_alertactiveusersdrop", (s, v) => s.AlertActiveUsersDrop = v),
            Map("csx_alertloginsdrop", (s, v) => s.AlertLoginsDrop = v),
            Map("csx_alertnologindays", (s, v) => s.AlertNoLoginDays = v),
        };

        /// <summary>The health model's numbers from the active configuration row.</summary>
        public static HealthSettings ReadHealthSettings(IOrganizationService service)
        {
            var settings = HealthSettings.Default;
            var row = ActiveRow(service, HealthColumns.Select(c => c.Key).ToArray());
            if (row == null)
            {
                return settings;
            }

            foreach (var column in HealthColumns)
            {
                if (row.GetAttributeValue<int?>(column.Key) is int value)
                {
                    column.Value(settings, value);
                }
            }

            return settings;
        }

        /// <summary>The team whose members hear about every escalation, or null when none is named.</summary>
        public static EntityReference? ReadTriageTeam(IOrganizationService service) =>
            ActiveRow(service, new[] { "csx_triageteamid" })?.GetAttributeValue<EntityReference>("csx_triageteamid");

        /// <summary>How many requests the SLA evaluation reads per page (default 250).</summary>
        public static int ReadSlaPageSize(IOrganizationService service) =>
            ActiveRow(service, new[] { "csx_slapagesize" })?.GetAttributeValue<int?>("csx_slapagesize") ?? 250;

        /// <summary>The expansion signals' numbers from the active configuration row (one call; empty columns mean the defaults).</summary>
        public static GrowthSettings ReadGrowthSettings(IOrganizationService service)
        {
            var settings = GrowthSettings.Default;
            var row = ActiveRow(service, new[]
            {
                "csx_seatexpansionpercent", "csx_seatexpansiondays", "csx_seatexpansionfactor", "csx_renewalupgradedays",
                "csx_renewalupgrademinscore", "csx_renewalupliftpercent", "csx_tierupgradepercent", "csx_signalcooldowndays",
            });
            if (row == null)
            {
                return settings;
            }

            settings.SeatExpansionPercent = row.GetAttributeValue<int?>("csx_seatexpansionpercent") ?? settings.SeatExpansionPercent;
            settings.SeatExpansionDays = row.GetAttributeValue<int?>("csx_seatexpansiondays") ?? settings.SeatExpansionDays;
            settings.SeatExpansionFactor = row.GetAttributeValue<decimal?>("csx_seatexpansionfactor") ?? settings.SeatExpansionFactor;
            settings.RenewalUpgradeDays = row.GetAttributeValue<int?>("csx_renewalupgradedays") ?? settings.RenewalUpgradeDays;
            settings.RenewalUpgradeMinScore = row.GetAttributeValue<int?>("csx_renewalupgrademinscore") ?? settings.RenewalUpgradeMinScore;
            settings.RenewalUpliftPercent = row.GetAttributeValue<int?>("csx_renewalupliftpercent") ?? settings.RenewalUpliftPercent;
            settings.TierUpgradePercent = row.GetAttributeValue<int?>("csx_tierupgradepercent") ?? settings.TierUpgradePercent;
            settings.SignalCooldownDays = row.GetAttributeValue<int?>("csx_signalcooldowndays") ?? settings.SignalCooldownDays;
            return settings;
        }

        private static Entity? ActiveRow(IOrganizationService service, string[] columns)
        {
            var query = new QueryExpression("csx_configuration") { ColumnSet = new ColumnSet(columns), TopCount = 1 };
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.AddOrder("createdon", OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault();
        }

        private static KeyValuePair<string, Action<HealthSettings, int>> Map(string column, Action<HealthSettings, int> apply) =>
            new KeyValuePair<string, Action<HealthSettings, int>>(column, apply);
    }
}
