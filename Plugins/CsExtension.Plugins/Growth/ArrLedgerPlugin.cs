using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Growth;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Growth
{
    /// <summary>Keeps the ARR ledger (DESIGN §5): after a contract is created, changes ARR, customer or state, the account's ARR
    /// becomes the sum of its active contracts and, when that moved, one csx_arrmovement row records the movement (signed
    /// amount, ARR before and after) and the account's last movement type follows. Synchronous, in the contract's
    /// transaction, so the ledger and the account never disagree with the contracts.
    /// <para>ARR before = the account's csx_arr (the ledger's running total, i.e. the sum of its active contracts before
    /// the event); ARR after = the sum of its active contracts now. Equal totals write nothing, so a replayed update writes
    /// nothing twice. "Ever had ARR" = the account has a last movement type. Per account: one bounded read (the account
    /// with its active contracts only), then at most a create and an update.</para>
    /// <para>Renewals: <see cref="ArrLedger.AccountArr"/> leaves out a contract replaced by an active renewal (the standard
    /// lookup originatingcontract), so a larger renewal is one Expansion and the old contract ending later records nothing.</para></summary>
    [PluginStep("Create", "contract", StepStage.PostOperation, StepMode.Synchronous,
        Description = "ARR ledger: record the ARR movement of a new contract")]
    [PluginStep("Update", "contract", StepStage.PostOperation, StepMode.Synchronous,
        FilteringAttributes = "statecode,csx_arr,customerid,originatingcontract",
        PreImage = "before", PreImageAttributes = "customerid",
        PostImage = "record", PostImageAttributes = "customerid",
        Description = "ARR ledger: record the ARR movement of a contract's state, ARR or customer change")]
    public sealed class ArrLedgerPlugin : PluginBase
    {
        /// <summary>The platform's lookup from a renewal to the contract it replaces.</summary>
        public const string RenewalLink = "originatingcontract";

        public ArrLedgerPlugin()
            : base(typeof(ArrLedgerPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            var accounts = new List<Guid>();
            foreach (var customer in Customers(context))
            {
                if (customer.LogicalName == "account" && !accounts.Contains(customer.Id))
                {
                    accounts.Add(customer.Id);
                }
            }

            if (accounts.Count == 0)
            {
                localContext.Trace("The contract is not an account's; no ledger row.");
                return;
            }

            foreach (var account in accounts)
            {
                var movement = Record(localContext.SystemUserService, account, context.PrimaryEntityId, localContext.Now);
                localContext.Trace(movement == null
                    ? $"Account {account}: ARR unchanged, nothing recorded."
                    : $"Account {account}: {movement.Kind} {movement.Amount.ToString(CultureInfo.InvariantCulture)} ({movement.Before.ToString(CultureInfo.InvariantCulture)} → {movement.After.ToString(CultureInfo.InvariantCulture)}).");
            }
        }

        /// <summary>Brings one account's ARR up to date and records the movement, if any (1 read, then 0 or 2 writes).</summary>
        public static ArrMovement? Record(IOrganizationService system, Guid accountId, Guid contractId, DateTime now)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "csx_arr", "csx_lastarrmovementtype") };
            query.Criteria.AddCondition("accountid", ConditionOperator.Equal, accountId);
            var contracts = query.AddLink("contract", "accountid", "customerid", JoinOperator.LeftOuter);
            contracts.EntityAlias = "active";
            contracts.Columns = new ColumnSet("contractid", "csx_arr", RenewalLink);
            contracts.LinkCriteria.AddCondition("statecode", ConditionOperator.Equal, Choices.ContractState.Active);
            var rows = system.RetrieveMultiple(query).Entities;
            if (rows.Count == 0)
            {
                return null;
            }

            var account = rows[0];
            var active = rows
                .Where(row => Aliased(row, "active.contractid") is Guid)
                .Select(row => new ArrContract(
                    (Guid)Aliased(row, "active.contractid")!,
                    (Aliased(row, "active.csx_arr") as Money)?.Value ?? 0m,
                    (Aliased(row, "active." + RenewalLink) as EntityReference)?.Id))
                .GroupBy(c => c.Id)
                .Select(g => g.First())
                .ToList();

            var before = account.GetAttributeValue<Money>("csx_arr")?.Value ?? 0m;
            var after = ArrLedger.AccountArr(active);
            var everHadArr = account.GetAttributeValue<OptionSetValue>("csx_lastarrmovementtype") != null;
            var movement = ArrLedger.Classify(before, after, everHadArr);
            if (movement == null)
            {
                return null;
            }

            var type = MovementValue(movement.Kind);
            system.Create(new Entity("csx_arrmovement")
            {
                ["csx_name"] = string.Format(CultureInfo.InvariantCulture, "{0} {1:yyyy-MM-dd} {2}", movement.Kind, now, account.GetAttributeValue<string>("name")),
                ["csx_accountid"] = new EntityReference("account", accountId),
                ["csx_contractid"] = new EntityReference("contract", contractId),
                ["csx_date"] = now.Date,
                ["csx_movementtype"] = new OptionSetValue(type),
                ["csx_amount"] = new Money(movement.Amount),
                ["csx_arrbefore"] = new Money(movement.Before),
                ["csx_arrafter"] = new Money(movement.After),
            });
            system.Update(new Entity("account", accountId)
            {
                ["csx_arr"] = new Money(movement.After),
                ["csx_lastarrmovementtype"] = new OptionSetValue(type),
            });
            return movement;
        }

        public static int MovementValue(ArrMovementKind kind) =>
            kind switch
            {
                ArrMovementKind.New => Choices.ArrMovementType.New,
                ArrMovementKind.Expansion => Choices.ArrMovementType.Expansion,
                ArrMovementKind.Contraction => Choices.ArrMovementType.Contraction,
                ArrMovementKind.Churn => Choices.ArrMovementType.Churn,
                _ => Choices.ArrMovementType.Reactivation,
            };

        private static IEnumerable<EntityReference> Customers(IPluginExecutionContext context)
        {
            if (context.MessageName == "Create")
            {
                var created = ((Entity)context.InputParameters["Target"]).GetAttributeValue<EntityReference>("customerid");
                if (created != null) yield return created;
                yield break;
            }

            if (context.PostEntityImages.TryGetValue("record", out var post) && post.GetAttributeValue<EntityReference>("customerid") is EntityReference now)
            {
                yield return now;
            }

            if (context.PreEntityImages.TryGetValue("before", out var pre) && pre.GetAttributeValue<EntityReference>("customerid") is EntityReference earlier)
            {
                yield return earlier;
            }
        }

        private static object? Aliased(Entity entity, string alias) =>
            entity.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased ? aliased.Value : null;
    }
}
