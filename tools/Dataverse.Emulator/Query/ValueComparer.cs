using System;
using System.Data.SqlTypes;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Query
{
    /// <summary>Comparison semantics of Dataverse's SQL: lookups compare their Guid, choices their number, money its
    /// decimal; strings compare case-insensitively (SQL Server's default *_CI_* collation); uniqueidentifiers order
    /// as SQL Server orders them; null is smaller than everything when sorting and matches no comparison.</summary>
    internal static class ValueComparer
    {
        /// <summary>Reduces an SDK value to what is compared: string, decimal, double, bool, DateTime (UTC) or Guid.</summary>
        public static object? Normalize(object? value) => value switch
        {
            null => null,
            AliasedValue aliased => Normalize(aliased.Value),
            EntityReference reference => reference.Id,
            OptionSetValue option => (decimal)option.Value,
            Money money => money.Value,
            int i => (decimal)i,
            long l => (decimal)l,
            short s => (decimal)s,
            byte b => (decimal)b,
            float f => (double)f,
            DateTime d => d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d,
            _ => value,
        };

        public static bool AreEqual(object? a, object? b) => a != null && b != null && Compare(a, b) == 0;

        /// <summary>Compares two normalized values; null sorts first.</summary>
        public static int Compare(object? a, object? b)
        {
            if (a == null || b == null)
            {
                return a == null ? (b == null ? 0 : -1) : 1;
            }

            switch (a)
            {
                case string sa when b is string sb:
                    return string.Compare(sa, sb, StringComparison.OrdinalIgnoreCase);
                case decimal da when b is decimal db:
                    return da.CompareTo(db);
                case double xa when b is double xb:
                    return xa.CompareTo(xb);
                case decimal da when b is double xb:
                    return ((double)da).CompareTo(xb);
                case double xa when b is decimal db:
                    return xa.CompareTo((double)db);
                case DateTime ta when b is DateTime tb:
                    return ta.CompareTo(tb);
                case Guid ga when b is Guid gb:
                    return new SqlGuid(ga).CompareTo(new SqlGuid(gb));
                case bool ba when b is bool bb:
                    return ba.CompareTo(bb);
            }

            // Mixed types (e.g. a string value against a number column) compare by their invariant text.
            return string.Compare(
                Convert.ToString(a, CultureInfo.InvariantCulture),
                Convert.ToString(b, CultureInfo.InvariantCulture),
                StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A key for hashing normalized values (joins, distinct, grouping): strings case-insensitively.</summary>
        public static object? HashKey(object? normalized) => normalized switch
        {
            string s => s.ToUpperInvariant(),
            double d => (decimal)d,
            _ => normalized,
        };
    }
}
