using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A FetchXML condition: attribute, operator (eq, le, not-null, eq-userid, in, olderthan-x-days...) and values.</summary>
    public sealed record ViewCondition(string Attribute, string Operator, params string[] Values)
    {
        public IReadOnlyList<string> ValueList => Values;
    }
}
