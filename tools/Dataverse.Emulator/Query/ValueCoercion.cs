using System;
using System.Globalization;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Query
{
    /// <summary>Converts condition values (typed objects or FetchXML strings) to the normalized comparison type of a column.</summary>
    internal static class ValueCoercion
    {
        public static object? ToColumn(object? value, TableDefinition table, ColumnDefinition column)
        {
            if (value == null)
            {
                return null;
            }

            if (value is AliasedValue aliased)
            {
                value = aliased.Value;
            }

            try
            {
                switch (column.Type)
                {
                    case ColumnType.String:
                    case ColumnType.Memo:
                    case ColumnType.EntityName:
                        return value is string s ? s : Convert.ToString(ValueComparer.Normalize(value), CultureInfo.InvariantCulture);
                    case ColumnType.Integer:
                    case ColumnType.BigInt:
                    case ColumnType.Picklist:
                    case ColumnType.State:
                    case ColumnType.Status:
                    case ColumnType.MultiSelectPicklist:
                        return ToWholeNumber(value);
                    case ColumnType.Decimal:
                    case ColumnType.Money:
                        return value is string ds ? decimal.Parse(ds, NumberStyles.Float, CultureInfo.InvariantCulture) : Convert.ToDecimal(ValueComparer.Normalize(value), CultureInfo.InvariantCulture);
                    case ColumnType.Double:
                        return value is string fs ? double.Parse(fs, NumberStyles.Float, CultureInfo.InvariantCulture) : Convert.ToDouble(ValueComparer.Normalize(value), CultureInfo.InvariantCulture);
                    case ColumnType.Boolean:
                        return ToBoolean(value);
                    case ColumnType.DateTime:
                        return ToDateTime(value);
                    case ColumnType.Lookup:
                    case ColumnType.Owner:
                    case ColumnType.Customer:
                    case ColumnType.UniqueIdentifier:
                        return ToGuid(value);
                    default:
                        return ValueComparer.Normalize(value);
                }
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                throw QueryFaults.InvalidValue(table.LogicalName, column.LogicalName, value, ExpectedType(column.Type), ex);
            }
        }

        public static int ToInt(object? value, TableDefinition table, ColumnDefinition column)
        {
            try
            {
                return value switch
                {
                    int i => i,
                    string s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
                    OptionSetValue o => o.Value,
                    _ => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                };
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                throw QueryFaults.InvalidValue(table.LogicalName, column.LogicalName, value, "System.Int32", ex);
            }
        }

        public static DateTime ToDateTime(object value, TableDefinition table, ColumnDefinition column)
        {
            try
            {
                return ToDateTime(value);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException)
            {
                throw QueryFaults.InvalidValue(table.LogicalName, column.LogicalName, value, "System.DateTime", ex);
            }
        }

        public static string ToText(object? value) =>
            value as string ?? Convert.ToString(ValueComparer.Normalize(value), CultureInfo.InvariantCulture) ?? string.Empty;

        private static decimal ToWholeNumber(object value) => value switch
        {
            string s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
            OptionSetValue o => o.Value,
            _ => Convert.ToDecimal(ValueComparer.Normalize(value), CultureInfo.InvariantCulture),
        };

        private static bool ToBoolean(object value) => value switch
        {
            bool b => b,
            string s => s.Trim() switch
            {
                "1" => true,
                "0" => false,
                _ => bool.Parse(s.Trim()),
            },
            OptionSetValue o => o.Value != 0,
            _ => Convert.ToDecimal(ValueComparer.Normalize(value), CultureInfo.InvariantCulture) != 0,
        };

        private static DateTime ToDateTime(object value) => value switch
        {
            DateTime d => d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc),
            DateTimeOffset o => o.UtcDateTime,
            string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ => throw new InvalidCastException($"{value.GetType().FullName} is not a date."),
        };

        private static Guid ToGuid(object value) => value switch
        {
            Guid g => g,
            EntityReference r => r.Id,
            Entity e => e.Id,
            string s => Guid.Parse(s),
            _ => throw new InvalidCastException($"{value.GetType().FullName} is not a Guid."),
        };

        private static string ExpectedType(ColumnType type) => type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => "System.String",
            ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => "System.Int32",
            ColumnType.BigInt => "System.Int64",
            ColumnType.Decimal or ColumnType.Money => "System.Decimal",
            ColumnType.Double => "System.Double",
            ColumnType.Boolean => "System.Boolean",
            ColumnType.DateTime => "System.DateTime",
            _ => "System.Guid",
        };
    }
}
