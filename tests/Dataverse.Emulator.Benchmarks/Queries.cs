using System;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>The two queries compared: the same 100 contacts, once by the indexed lookup column, once by a
    /// condition the emulator does not index.</summary>
    public static class Queries
    {
        public static QueryExpression ContactsByParentCustomer(Guid accountId)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("firstname", "lastname", "emailaddress1") };
            query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, accountId);
            return query;
        }

        public static QueryExpression ContactsByLastNameLike(string lastName)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("firstname", "lastname", "emailaddress1") };
            query.Criteria.AddCondition("lastname", ConditionOperator.Like, lastName + "%");
            return query;
        }
    }
}
