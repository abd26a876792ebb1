using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>A condition before binding: values are as given (typed objects from a QueryExpression,
    /// strings from FetchXML) and are converted to the column's type when the query is bound.</summary>
    internal sealed class ConditionModel
    {
        public ConditionModel(string attribute, ConditionOperator op)
        {
            Attribute = attribute;
            Operator = op;
        }

        public string? EntityAlias { get; set; }
        public string Attribute { get; }
        public ConditionOperator Operator { get; }
        public List<object?> Values { get; } = new List<object?>();

        /// <summary>Column compared with (CompareColumns / FetchXML valueof), written "column" or "alias.column".</summary>
        public string? ValueOf { get; set; }
    }
}
