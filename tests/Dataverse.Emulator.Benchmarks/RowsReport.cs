using System;
using System.Globalization;
using System.Text;
using Dataverse.Emulator.Query;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Benchmarks
{
    /// <summary>Rows examined (QueryResult.RowsRead) vs rows returned for the lookup benchmark's two queries: a count,
    /// not a timing, so it is computed outside BenchmarkDotNet's measurements (in [GlobalSetup] and with `--rows`).</summary>
    public sealed class RowsReport
    {
        /// <summary>How many rows the indexed query may examine per row it returns and still count as "a small multiple".</summary>
        public const int SmallMultiple = 2;

        private RowsReport(int tableRows, Figures indexed, Figures scanned)
        {
            TableRows = tableRows;
            Indexed = indexed;
            Scanned = scanned;
        }

        public int TableRows { get; }

        public Figures Indexed { get; }

        public Figures Scanned { get; }

        public bool IndexKeepsLookupsSmall =>
            Indexed.Returned > 0 && Indexed.Examined <= SmallMultiple * Indexed.Returned && Scanned.Returned == Indexed.Returned;

        public static RowsReport Build() => Build(Data.CreateContacts());

        public static RowsReport Build(ContactDataSet data)
        {
            var emulator = data.Emulator;
            var env = new QueryEnvironment(emulator.Clock.UtcNow) { UserId = emulator.SystemUserId, BusinessUnitId = emulator.RootBusinessUnitId };
            return new RowsReport(
                emulator.Store.Count("contact"),
                Run("parentcustomerid Equal <account> (indexed lookup)", Queries.ContactsByParentCustomer(data.QueriedAccountId), data, env),
                Run($"lastname Like '{Data.FamilyName(data.QueriedAccountIndex)}%' (not indexed)", Queries.ContactsByLastNameLike(Data.FamilyName(data.QueriedAccountIndex)), data, env));
        }

        public string Format()
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"// Rows examined vs returned, contact table of {TableRows:N0} rows (QueryEngine.Execute on the emulator's store):");
            foreach (var figures in new[] { Indexed, Scanned })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"//   {figures.Query}: returned {figures.Returned:N0}, examined {figures.Examined:N0} ({figures.Ratio:0.##} examined per returned row)");
            }

            text.Append(IndexKeepsLookupsSmall
                ? $"// The index keeps the lookup within {SmallMultiple}x the matching rows."
                : $"// WARNING: the indexed lookup examined more than {SmallMultiple}x the rows it returned.");
            return text.ToString();
        }

        private static Figures Run(string name, QueryExpression query, ContactDataSet data, QueryEnvironment env)
        {
            var result = QueryEngine.Execute(query, data.Emulator.Store, env);
            var returned = result.Entities.Entities.Count;
            // The benchmark goes through the organization service: it must return the same rows.
            var viaService = data.Service.RetrieveMultiple(query).Entities.Count;
            if (viaService != returned)
            {
                throw new InvalidOperationException($"{name}: the service returned {viaService} rows, the engine {returned}.");
            }

            return new Figures(name, returned, result.RowsRead);
        }

        public sealed record Figures(string Query, int Returned, int Examined)
        {
            public double Ratio => Returned == 0 ? double.NaN : (double)Examined / Returned;
        }
    }
}
