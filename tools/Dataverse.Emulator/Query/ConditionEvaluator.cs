using System;
using System.Linq;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>Evaluates one bound condition against a joined row. Like SQL, a null (absent) value matches no
    /// comparison - only Null, NotNull and DoesNotContainValues (NOT EXISTS semantics) can match it.</summary>
    internal static class ConditionEvaluator
    {
        public static bool Matches(BoundCondition condition, StoredRow?[] row, QueryEnvironment env)
        {
            var stored = row[condition.Slot];
            object? raw = null;
            stored?.Values.TryGetValue(condition.Column.LogicalName, out raw);
            if (condition.Column.LogicalName == condition.Table.PrimaryIdAttribute && raw == null && stored != null)
            {
                raw = stored.Id;
            }

            var op = condition.Operator;
            if (op == ConditionOperator.Null)
            {
                return raw == null;
            }

            if (op == ConditionOperator.NotNull)
            {
                return raw != null;
            }

            if (op == ConditionOperator.DoesNotContainValues)
            {
                return raw is not OptionSetValueCollection present || !present.Any(o => condition.Values.Contains((decimal)o.Value));
            }

            if (raw == null)
            {
                return false;
            }

            if (condition.CompareColumn != null)
            {
                var other = row[condition.CompareSlot];
                object? otherRaw = null;
                other?.Values.TryGetValue(condition.CompareColumn.LogicalName, out otherRaw);
                if (otherRaw == null)
                {
                    return false;
                }

                return Compare(op, ValueComparer.Compare(ValueComparer.Normalize(raw), ValueComparer.Normalize(otherRaw)));
            }

            if (condition.Pattern != null)
            {
                var text = ValueCoercion.ToText(raw);
                var found = condition.Pattern.IsMatch(text);
                return op is ConditionOperator.Like or ConditionOperator.BeginsWith or ConditionOperator.EndsWith or ConditionOperator.Contains ? found : !found;
            }

            var value = ValueComparer.Normalize(raw);
            var values = condition.Values;
            switch (op)
            {
                case ConditionOperator.In:
                    return values.Any(v => ValueComparer.AreEqual(value, v));
                case ConditionOperator.NotIn:
                    return !values.Any(v => ValueComparer.AreEqual(value, v));
                case ConditionOperator.Between:
                    return ValueComparer.Compare(value, values[0]) >= 0 && ValueComparer.Compare(value, values[1]) <= 0;
                case ConditionOperator.NotBetween:
                    return values[0] != null && values[1] != null && (ValueComparer.Compare(value, values[0]) < 0 || ValueComparer.Compare(value, values[1]) > 0);
                case ConditionOperator.EqualUserId:
                    return value is Guid u && u == env.UserId;
                case ConditionOperator.NotEqualUserId:
                    return value is Guid nu && nu != env.UserId;
                case ConditionOperator.EqualBusinessId:
                    return value is Guid b && b == env.BusinessUnitId;
                case ConditionOperator.NotEqualBusinessId:
                    return value is Guid nb && nb != env.BusinessUnitId;
                case ConditionOperator.EqualUserTeams:
                    return value is Guid t && env.TeamIds.Contains(t);
                case ConditionOperator.EqualUserOrUserTeams:
                    return value is Guid ut && (ut == env.UserId || env.TeamIds.Contains(ut));
                case ConditionOperator.EqualUserLanguage:
                    return value is decimal lang && lang == env.UserLanguageCode;
                case ConditionOperator.Mask:
                    return value is decimal m && ((long)m & (int)values[0]!) == (int)values[0]!;
                case ConditionOperator.NotMask:
                    return value is decimal nm && ((long)nm & (int)values[0]!) == 0;
                case ConditionOperator.MasksSelect:
                    return value is decimal ms && ((long)ms & (int)values[0]!) != 0;
                case ConditionOperator.ContainValues:
                    return raw is OptionSetValueCollection options && options.Any(o => values.Contains((decimal)o.Value));
            }

            if (DateRanges.IsRange(op) || DateRanges.TakesCount(op) || DateRanges.TakesDate(op))
            {
                if (value is not DateTime when)
                {
                    return false;
                }

                var start = (DateTime?)values[0];
                var end = (DateTime?)values[1];
                var inside = (start == null || when >= start) && (end == null || when < end);
                return op == ConditionOperator.NotOn ? !inside : inside;
            }

            var target = values[0];
            if (target == null)
            {
                return false;
            }

            var comparison = ValueComparer.Compare(value, target);
            return Compare(op, comparison);
        }

        private static bool Compare(ConditionOperator op, int comparison) => op switch
        {
            ConditionOperator.Equal => comparison == 0,
            ConditionOperator.NotEqual => comparison != 0,
            ConditionOperator.GreaterThan => comparison > 0,
            ConditionOperator.GreaterEqual => comparison >= 0,
            ConditionOperator.LessThan => comparison < 0,
            ConditionOperator.LessEqual => comparison <= 0,
            _ => throw QueryFaults.BadCondition($"The operator '{op}' cannot compare two columns."),
        };
    }
}
