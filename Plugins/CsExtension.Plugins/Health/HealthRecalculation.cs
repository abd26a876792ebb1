using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Health
{
    /// <summary>Recalculates one account's health in at most six Dataverse calls whatever its history: five bounded
    /// reads (the account with its open renewal opportunity and its score 30 days ago, the configuration, the latest
    /// snapshots, open requests counted by priority and SLA status, current contracts counted by state) and one update.
    /// The daily history row follows from that update (<see cref="HealthHistoryPlugin"/>).</summary>
    public static class HealthRecalculation
    {
        public const string NoAccountMessage = "The health score can only be calculated for an existing account.";

        private static readonly string[] AccountColumns =
        {
            "name", "ownerid", "csx_tier", "csx_lastengagementon", "csx_lastmeetingon", "csx_lastqbron", "csx_onboardingstatus",
            "csx_onboardingdueon", "csx_healthoverride", "csx_healthoverridereason", "csx_healthoverrideuntil", "csx_lastarrmovementtype",
        };

        private static readonly KeyValuePair<HealthComponent, string>[] ComponentColumns =
        {
            new KeyValuePair<HealthComponent, string>(HealthComponent.Usage, "csx_healthusage"),
            new KeyValuePair<HealthComponent, string>(HealthComponent.Engagement, "csx_healthengagement"),
            new KeyValuePair<HealthComponent, string>(HealthComponent.Support, "csx_healthsupport"),
            new KeyValuePair<HealthComponent, string>(HealthComponent.Contract, "csx_healthcontract"),
            new KeyValuePair<HealthComponent, string>(HealthComponent.Onboarding, "csx_healthonboarding"),
            new KeyValuePair<HealthComponent, string>(HealthComponent.Relationship, "csx_healthrelationship"),
        };

        /// <summary>Runs as SYSTEM: health fields are field-secured and written by the system only.</summary>
        public static HealthAssessment Recalculate(IOrganizationService system, Guid accountId, DateTime now)
        {
            var settings = ConfigurationReader.ReadHealthSettings(system);
            var account = ReadAccount(system, accountId, now, settings)
                ?? throw new InvalidPluginExecutionException(NoAccountMessage);
            var inputs = new HealthInputs
            {
                Now = now,
                Tier = TierOf(account.GetAttributeValue<OptionSetValue>("csx_tier")),
                Usage = LatestUsage(system, accountId, Math.Max(1, settings.UsageTrendSnapshots + 1)),
                LastEngagementOn = account.GetAttributeValue<DateTime?>("csx_lastengagementon"),
                LastMeetingOn = account.GetAttributeValue<DateTime?>("csx_lastmeetingon"),
                Support = OpenRequests(system, accountId),
                Contract = CurrentContracts(system, accountId, account),
                Onboarding = OnboardingOf(account.GetAttributeValue<OptionSetValue>("csx_onboardingstatus")),
                OnboardingDueOn = account.GetAttributeValue<DateTime?>("csx_onboardingdueon"),
                LastQbrOn = account.GetAttributeValue<DateTime?>("csx_lastqbron"),
                ScoreThirtyDaysAgo = PastScore(account),
                Override = OverrideOf(account),
            };

            var assessment = HealthScoreCalculator.Assess(inputs, settings);
            system.Update(HealthColumns(accountId, assessment, now));
            return assessment;
        }

        /// <summary>The account update that publishes an assessment; empty components are cleared.</summary>
        public static Entity HealthColumns(Guid accountId, HealthAssessment assessment, DateTime now)
        {
            var update = new Entity("account", accountId)
            {
                ["csx_healthcomputedscore"] = assessment.ComputedScore,
                ["csx_healthscore"] = assessment.EffectiveScore,
                ["csx_healthband"] = assessment.Band.HasValue ? new OptionSetValue(BandValue(assessment.Band.Value)) : null,
                ["csx_healthtrend"] = assessment.Trend,
                ["csx_healthdrivers"] = string.IsNullOrEmpty(assessment.Drivers) ? null : assessment.Drivers,
                ["csx_healthcalculatedon"] = now,
            };
            foreach (var column in ComponentColumns)
            {
                update[column.Value] = assessment.Components.FirstOrDefault(c => c.Component == column.Key)?.Score;
            }

            return update;
        }

        public static int BandValue(HealthBand band) =>
            band switch
            {
                HealthBand.Healthy => Choices.HealthBand.Healthy,
                HealthBand.Neutral => Choices.HealthBand.Neutral,
                HealthBand.AtRisk => Choices.HealthBand.AtRisk,
                _ => Choices.HealthBand.Critical,
            };

        public static CustomerTier? TierOf(OptionSetValue? tier) =>
            tier?.Value switch
            {
                Choices.Tier.HighTouch => CustomerTier.HighTouch,
                Choices.Tier.MidTouch => CustomerTier.MidTouch,
                Choices.Tier.TechTouch => CustomerTier.TechTouch,
                _ => null,
            };

        public static OnboardingStatus OnboardingOf(OptionSetValue? status) =>
            status?.Value switch
            {
                Choices.OnboardingStatus.InProgress => OnboardingStatus.InProgress,
                Choices.OnboardingStatus.CompletedOnTime => OnboardingStatus.CompletedOnTime,
                Choices.OnboardingStatus.CompletedLate => OnboardingStatus.CompletedLate,
                Choices.OnboardingStatus.Overdue => OnboardingStatus.Overdue,
                _ => OnboardingStatus.NotStarted,
            };

        public static int OnboardingValue(OnboardingStatus status) =>
            status switch
            {
                OnboardingStatus.InProgress => Choices.OnboardingStatus.InProgress,
                OnboardingStatus.CompletedOnTime => Choices.OnboardingStatus.CompletedOnTime,
                OnboardingStatus.CompletedLate => Choices.OnboardingStatus.CompletedLate,
                OnboardingStatus.Overdue => Choices.OnboardingStatus.Overdue,
                _ => Choices.OnboardingStatus.NotStarted,
            };

        /// <summary>Usage readings, newest first, from the latest snapshots of the account (one call, bounded).</summary>
        public static UsageReading[] LatestUsage(IOrganizationService service, Guid accountId, int count)
        {
            var query = new QueryExpression("csx_usagesnapshot")
            {
                ColumnSet = new ColumnSet("csx_periodstart", "csx_periodend", "csx_activeusers", "csx_licensedseats", "csx_logins", "csx_featuresadopted", "csx_featuresavailable"),
                TopCount = count,
            };
            query.Criteria.AddCondition("csx_accountid", ConditionOperator.Equal, accountId);
            query.AddOrder("csx_periodend", OrderType.Descending);
            query.AddOrder("createdon", OrderType.Descending);
            return service.RetrieveMultiple(query).Entities.Select(ToReading).ToArray();
        }

        public static UsageReading ToReading(Entity snapshot) =>
            new UsageReading(
                snapshot.GetAttributeValue<DateTime>("csx_periodstart"),
                snapshot.GetAttributeValue<DateTime>("csx_periodend"),
                snapshot.GetAttributeValue<int>("csx_activeusers"),
                snapshot.GetAttributeValue<int>("csx_licensedseats"),
                snapshot.GetAttributeValue<int>("csx_logins"),
                snapshot.GetAttributeValue<int>("csx_featuresadopted"),
                snapshot.GetAttributeValue<int>("csx_featuresavailable"));

        private static Entity? ReadAccount(IOrganizationService service, Guid accountId, DateTime now, HealthSettings settings)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet(AccountColumns), TopCount = 1 };
            query.Criteria.AddCondition("accountid", ConditionOperator.Equal, accountId);

            // At most one open opportunity per account and signal type exists, so this join adds no rows.
            var renewal = query.AddLink("opportunity", "accountid", "parentaccountid", JoinOperator.LeftOuter);
            renewal.EntityAlias = "renewal";
            renewal.Columns = new ColumnSet("opportunityid");
            renewal.LinkCriteria.AddCondition("statecode", ConditionOperator.Equal, Choices.OpportunityState.Open);
            renewal.LinkCriteria.AddCondition("csx_signaltype", ConditionOperator.Equal, Choices.SignalType.RenewalUpgrade);

            // The history has one row per account and day (its alternate key), so this join adds no rows either.
            var past = query.AddLink("csx_healthscore", "accountid", "csx_accountid", JoinOperator.LeftOuter);
            past.EntityAlias = "past";
            past.Columns = new ColumnSet("csx_score", "csx_overridescore");
            past.LinkCriteria.AddCondition("csx_date", ConditionOperator.On, now.Date.AddDays(-settings.HealthTrendDays));

            return service.RetrieveMultiple(query).Entities.FirstOrDefault();
        }

        private static SupportSummary OpenRequests(IOrganizationService service, Guid accountId)
        {
            var fetch = string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='csx_customerrequest'>
    <attribute name='csx_customerrequestid' alias='requests' aggregate='count' />
    <attribute name='csx_priority' alias='priority' groupby='true' />
    <attribute name='csx_slastatus' alias='slastatus' groupby='true' />
    <filter>
      <condition attribute='csx_accountid' operator='eq' value='{0}' />
      <condition attribute='statecode' operator='eq' value='0' />
    </filter>
  </entity>
</fetch>", accountId);
            int critical = 0, high = 0, breached = 0;
            foreach (var group in service.RetrieveMultiple(new FetchExpression(fetch)).Entities)
            {
                var count = Convert.ToInt32(Aliased(group, "requests") ?? 0, CultureInfo.InvariantCulture);
                var priority = (Aliased(group, "priority") as OptionSetValue)?.Value;
                var status = (Aliased(group, "slastatus") as OptionSetValue)?.Value;
                critical += priority == Choices.Priority.Critical ? count : 0;
                high += priority == Choices.Priority.High ? count : 0;
                breached += status == Choices.SlaStatus.Breached ? count : 0;
            }

            return new SupportSummary(critical, high, breached);
        }

        private static ContractSummary? CurrentContracts(IOrganizationService service, Guid accountId, Entity account)
        {
            var fetch = string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='contract'>
    <attribute name='contractid' alias='contracts' aggregate='count' />
    <attribute name='statecode' alias='state' groupby='true' />
    <attribute name='expireson' alias='nextexpiry' aggregate='min' />
    <filter>
      <condition attribute='customerid' operator='eq' value='{0}' />
      <condition attribute='statecode' operator='in'>
        <value>{1}</value>
        <value>{2}</value>
      </condition>
    </filter>
  </entity>
</fetch>", accountId, Choices.ContractState.Active, Choices.ContractState.OnHold);
            int active = 0, onHold = 0;
            DateTime? nextExpiry = null;
            foreach (var group in service.RetrieveMultiple(new FetchExpression(fetch)).Entities)
            {
                var count = Convert.ToInt32(Aliased(group, "contracts") ?? 0, CultureInfo.InvariantCulture);
                var state = (Aliased(group, "state") as OptionSetValue)?.Value;
                if (state == Choices.ContractState.Active)
                {
                    active += count;
                    nextExpiry = Aliased(group, "nextexpiry") as DateTime?;
                }
                else if (state == Choices.ContractState.OnHold)
                {
                    onHold += count;
                }
            }

            if (active == 0 && onHold == 0)
            {
                return null;
            }

            return new ContractSummary(
                active,
                onHold,
                nextExpiry,
                hasOpenRenewalOpportunity: Aliased(account, "renewal.opportunityid") != null,
                lastArrMovementWasContraction: account.GetAttributeValue<OptionSetValue>("csx_lastarrmovementtype")?.Value == Choices.ArrMovementType.Contraction);
        }

        private static int? PastScore(Entity account)
        {
            var overrideScore = Aliased(account, "past.csx_overridescore");
            var score = overrideScore ?? Aliased(account, "past.csx_score");
            return score == null ? (int?)null : Convert.ToInt32(score, CultureInfo.InvariantCulture);
        }

        private static HealthOverride? OverrideOf(Entity account)
        {
            var score = account.GetAttributeValue<int?>("csx_healthoverride");
            var until = account.GetAttributeValue<DateTime?>("csx_healthoverrideuntil");
            return score.HasValue && until.HasValue
                ? new HealthOverride(score.Value, account.GetAttributeValue<string>("csx_healthoverridereason") ?? string.Empty, until.Value)
                : null;
        }

        private static object? Aliased(Entity entity, string alias) =>
            entity.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased ? aliased.Value : null;
    }
}
