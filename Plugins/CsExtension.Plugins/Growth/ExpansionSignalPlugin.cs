using System;
using System.Collections.Generic;
using System.Linq;
using CsExtension.Plugins.Configuration;
using CsExtension.Plugins.Health;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Growth;
using CsExtension.Rules.Health;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Growth
{
    /// <summary>Raises expansion signals (DESIGN §4) as opportunities for the CSM (else the account's owner) when a usage
    /// snapshot arrives, a contract changes or the account's health band changes. Asynchronous, as SYSTEM.
    /// <para>At most 4 Dataverse calls per event: the configuration; the account with its signal opportunities (open, or
    /// closed within the cool-down) and its active contracts ending within the renewal window, in one query; the latest two
    /// snapshots; and one write — a Create (CreateMultiple when several signals enter at once) or, when nothing is new, an
    /// Update (UpdateMultiple) of the open opportunities whose figures changed. When new signals and changed figures
    /// coincide, the new ones are written and the refresh waits for the next evaluation. An At risk or Critical account
    /// stops after two calls. See <see cref="ExpansionSignals"/> for the conditions, values, scores and firing once.</para></summary>
    [PluginStep("Create", "csx_usagesnapshot", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Expansion signals: evaluate when usage arrives")]
    [PluginStep("Create", "contract", StepStage.PostOperation, StepMode.Asynchronous,
        Description = "Expansion signals: evaluate when a contract is added")]
    [PluginStep("Update", "contract", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "statecode,expireson,csx_arr,csx_seats,customerid",
        PostImage = "record", PostImageAttributes = "customerid",
        Description = "Expansion signals: evaluate when a contract changes")]
    [PluginStep("Update", "account", StepStage.PostOperation, StepMode.Asynchronous,
        FilteringAttributes = "csx_healthband",
        Description = "Expansion signals: evaluate when the health band changes")]
    public sealed class ExpansionSignalPlugin : PluginBase
    {
        public ExpansionSignalPlugin()
            : base(typeof(ExpansionSignalPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var accountId = EventAccount.Of(localContext.PluginExecutionContext);
            if (accountId == null)
            {
                localContext.Trace("The record is not about an account; no signal.");
                return;
            }

            var written = Evaluate(localContext.SystemUserService, accountId.Value, localContext.Now);
            localContext.Trace($"Account {accountId}: {written} signal opportunities written.");
        }

        /// <summary>Evaluates the account's signals and writes what changed; returns how many opportunities were written.</summary>
        public static int Evaluate(IOrganizationService system, Guid accountId, DateTime now)
        {
            var settings = ConfigurationReader.ReadGrowthSettings(system);
            var rows = ReadAccount(system, accountId, now, settings);
            if (rows.Count == 0)
            {
                return 0;
            }

            var account = rows[0];
            var band = BandOf(account.GetAttributeValue<OptionSetValue>("csx_healthband"));
            if (band == HealthBand.AtRisk || band == HealthBand.Critical)
            {
                return 0;
            }

            var inputs = new SignalInputs
            {
                Now = now,
                Band = band,
                Score = account.GetAttributeValue<int?>("csx_healthscore"),
                Arr = account.GetAttributeValue<Money>("csx_arr")?.Value ?? 0m,
                Usage = HealthRecalculation.LatestUsage(system, accountId, 2),
                Contracts = Expiring(rows),
            };
            var actions = ExpansionSignals.Plan(ExpansionSignals.Detect(inputs, settings), History(rows), now, settings);
            var creates = actions.Where(a => a.IsNew).Select(a => NewOpportunity(account, a.Signal)).ToList();
            if (creates.Count > 0)
            {
                Write(system, creates, isCreate: true);
                return creates.Count;
            }

            var updates = actions.Where(a => !a.IsNew).Select(a => Figures(new Entity("opportunity", a.OpportunityId!.Value), account, a.Signal)).ToList();
            if (updates.Count > 0)
            {
                Write(system, updates, isCreate: false);
            }

            return updates.Count;
        }

        public static HealthBand? BandOf(OptionSetValue? band) =>
            band?.Value switch
            {
                Choices.HealthBand.Healthy => HealthBand.Healthy,
                Choices.HealthBand.Neutral => HealthBand.Neutral,
                Choices.HealthBand.AtRisk => HealthBand.AtRisk,
                Choices.HealthBand.Critical => HealthBand.Critical,
                _ => null,
            };

        public static int SignalValue(SignalType type) =>
            type switch
            {
                SignalType.SeatExpansion => Choices.SignalType.SeatExpansion,
                SignalType.RenewalUpgrade => Choices.SignalType.RenewalUpgrade,
                _ => Choices.SignalType.TierUpgrade,
            };

        private static SignalType? TypeOf(OptionSetValue? type) =>
            type?.Value switch
            {
                Choices.SignalType.SeatExpansion => SignalType.SeatExpansion,
                Choices.SignalType.RenewalUpgrade => SignalType.RenewalUpgrade,
                Choices.SignalType.TierUpgrade => SignalType.TierUpgrade,
                _ => null,
            };

        /// <summary>One query: the account, its signal opportunities that are open or closed within the cool-down (at most
        /// one open per type), and its active contracts ending within the renewal window. Both links are outer joins, so
        /// the rows are their product; both are small by construction.</summary>
        private static IList<Entity> ReadAccount(IOrganizationService system, Guid accountId, DateTime now, GrowthSettings settings)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "ownerid", "csx_csmid", "csx_healthband", "csx_healthscore", "csx_arr") };
            query.Criteria.AddCondition("accountid", ConditionOperator.Equal, accountId);

            var since = now.AddDays(-settings.SignalCooldownDays);
            var signals = query.AddLink("opportunity", "accountid", "parentaccountid", JoinOperator.LeftOuter);
            signals.EntityAlias = "signal";
            signals.Columns = new ColumnSet("opportunityid", "csx_signaltype", "statecode", "actualclosedate", "modifiedon", "estimatedvalue", "csx_signaldetail", "csx_signalscore");
            signals.LinkCriteria.AddCondition("csx_signaltype", ConditionOperator.NotNull);
            var recent = signals.LinkCriteria.AddFilter(LogicalOperator.Or);
            recent.AddCondition("statecode", ConditionOperator.Equal, Choices.OpportunityState.Open);
            recent.AddCondition("actualclosedate", ConditionOperator.GreaterThan, since);
            recent.AddCondition("modifiedon", ConditionOperator.GreaterThan, since);

            var today = now.Date;
            var ending = query.AddLink("contract", "accountid", "customerid", JoinOperator.LeftOuter);
            ending.EntityAlias = "ending";
            ending.Columns = new ColumnSet("contractid", "expireson", "csx_arr");
            ending.LinkCriteria.AddCondition("statecode", ConditionOperator.Equal, Choices.ContractState.Active);
            ending.LinkCriteria.AddCondition("expireson", ConditionOperator.OnOrAfter, today);
            ending.LinkCriteria.AddCondition("expireson", ConditionOperator.OnOrBefore, today.AddDays(settings.RenewalUpgradeDays));

            return system.RetrieveMultiple(query).Entities;
        }

        private static IReadOnlyList<PastSignal> History(IList<Entity> rows)
        {
            var history = new List<PastSignal>();
            var seen = new HashSet<Guid>();
            foreach (var row in rows)
            {
                if (!(Aliased(row, "signal.opportunityid") is Guid id) || !seen.Add(id) || !(TypeOf(Aliased(row, "signal.csx_signaltype") as OptionSetValue) is SignalType type))
                {
                    continue;
                }

                var isOpen = (Aliased(row, "signal.statecode") as OptionSetValue)?.Value == Choices.OpportunityState.Open;
                var closedOn = Aliased(row, "signal.actualclosedate") as DateTime? ?? Aliased(row, "signal.modifiedon") as DateTime?;
                var score = Aliased(row, "signal.csx_signalscore");
                history.Add(new PastSignal(id, type, isOpen, isOpen ? null : closedOn,
                    (Aliased(row, "signal.estimatedvalue") as Money)?.Value, Aliased(row, "signal.csx_signaldetail") as string, score is int s ? s : (int?)null));
            }

            return history;
        }

        private static IReadOnlyList<ExpiringContract> Expiring(IList<Entity> rows)
        {
            var contracts = new List<ExpiringContract>();
            var seen = new HashSet<Guid>();
            foreach (var row in rows)
            {
                if (Aliased(row, "ending.contractid") is Guid id && seen.Add(id) && Aliased(row, "ending.expireson") is DateTime expiresOn)
                {
                    contracts.Add(new ExpiringContract(expiresOn, (Aliased(row, "ending.csx_arr") as Money)?.Value ?? 0m));
                }
            }

            return contracts;
        }

        private static Entity NewOpportunity(Entity account, ExpansionSignal signal)
        {
            var owner = account.GetAttributeValue<EntityReference>("csx_csmid") ?? account.GetAttributeValue<EntityReference>("ownerid");
            var opportunity = Figures(new Entity("opportunity"), account, signal);
            opportunity["parentaccountid"] = new EntityReference("account", account.Id);
            opportunity["customerid"] = new EntityReference("account", account.Id);
            opportunity["csx_signaltype"] = new OptionSetValue(SignalValue(signal.Type));
            if (owner != null)
            {
                opportunity["ownerid"] = new EntityReference(owner.LogicalName, owner.Id);
            }

            return opportunity;
        }

        private static Entity Figures(Entity opportunity, Entity account, ExpansionSignal signal)
        {
            opportunity["name"] = (account.GetAttributeValue<string>("name") ?? "Account") + ": " + signal.Title;
            opportunity["estimatedvalue"] = new Money(signal.Value);
            opportunity["csx_signaldetail"] = signal.Detail;
            opportunity["csx_signalscore"] = signal.Score;
            return opportunity;
        }

        /// <summary>One call whatever the number of records.</summary>
        private static void Write(IOrganizationService system, List<Entity> records, bool isCreate)
        {
            if (records.Count == 1)
            {
                if (isCreate)
                {
                    system.Create(records[0]);
                }
                else
                {
                    system.Update(records[0]);
                }

                return;
            }

            var targets = new EntityCollection(records) { EntityName = "opportunity" };
            system.Execute(isCreate ? (OrganizationRequest)new CreateMultipleRequest { Targets = targets } : new UpdateMultipleRequest { Targets = targets });
        }

        private static object? Aliased(Entity entity, string alias) =>
            entity.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased ? aliased.Value : null;
    }
}
