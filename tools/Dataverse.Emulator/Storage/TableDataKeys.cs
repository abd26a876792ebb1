using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Storage
{
    /// <summary>The value an index or key comparison uses: lookups by id, choices by number, money by amount, text
    /// case-insensitively (Dataverse's default collation), dates in UTC.</summary>
    internal static class TableDataKeys
    {
        public static object Of(object value) =>
            value switch
            {
                EntityReference reference => reference.Id,
                OptionSetValue option => option.Value,
                Money money => money.Value,
                string text => text.ToUpperInvariant(),
                DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc),
                _ => value,
            };
    }
}
