using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Sla
{
    /// <summary>What a request is worth: the ARR of the active contracts of every account that asked for it (the request's
    /// own account and those linked through csx_customerrequest_account), and how many accounts those are. Two calls.</summary>
    public sealed class RequestArrImpact
    {
        public const string RequestingAccountsRelationship = "csx_customerrequest_account";

        private RequestArrImpact(decimal arr, int accounts)
        {
            Arr = arr;
            Accounts = accounts;
        }

        public decimal Arr { get; }

        public int Accounts { get; }

        public static RequestArrImpact Compute(IOrganizationService service, Guid? requestId, Guid? account)
        {
            var accounts = new HashSet<Guid>();
            if (account.HasValue)
            {
                accounts.Add(account.Value);
            }

            if (requestId.HasValue && requestId.Value != Guid.Empty)
            {
                var linked = new QueryExpression(RequestingAccountsRelationship) { ColumnSet = new ColumnSet("accountid") };
                linked.Criteria.AddCondition("csx_customerrequestid", ConditionOperator.Equal, requestId.Value);
                foreach (var row in service.RetrieveMultiple(linked).Entities)
                {
                    accounts.Add(row.GetAttributeValue<Guid>("accountid"));
                }
            }

            if (accounts.Count == 0)
            {
                return new RequestArrImpact(0m, 0);
            }

            var values = new StringBuilder();
            foreach (var id in accounts.OrderBy(a => a))
            {
                values.AppendFormat(CultureInfo.InvariantCulture, "<value>{0}</value>", id);
            }

            var fetch = string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='contract'>
    <attribute name='csx_arr' alias='arr' aggregate='sum' />
    <filter>
      <condition attribute='statecode' operator='eq' value='{0}' />
      <condition attribute='customerid' operator='in'>{1}</condition>
    </filter>
  </entity>
</fetch>", Choices.ContractState.Active, values);
            var total = service.RetrieveMultiple(new FetchExpression(fetch)).Entities.FirstOrDefault();
            var arr = total != null && total.Attributes.TryGetValue("arr", out var sum) && ((AliasedValue)sum).Value is Money money ? money.Value : 0m;
            return new RequestArrImpact(arr, accounts.Count);
        }
    }
}
