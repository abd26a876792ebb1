using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Storage
{
    /// <summary>The value an index or key comparison uses: lookups by id, choices by number, money by amount, text
    /// case-insensitively (Dataverse's default collation), dates in UTC. Every whole number, choice and amount becomes a
    /// decimal, the form the query engine compares numbers in, so a query's value finds the row through the same index
    /// (choice 1, whole number 1 and 1.0m are one key).</summary>
    internal static class TableDataKeys
    {
        public static object Of(object value) =>
            value switch
            {
                EntityReference reference => reference.Id,
                OptionSetValue option => (decimal)option.Value,
                Money money => money.Value,
                int number => (decimal)number,
                long number => (decimal)number,
                short number => (decimal)number,
                byte number => (decimal)number,
                string text => text.ToUpperInvariant(),
                DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc),
                _ => value,
            };
    }
}
