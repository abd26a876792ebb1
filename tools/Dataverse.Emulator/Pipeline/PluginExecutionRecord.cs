using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>What one plugin execution did: the organization-service calls it made itself (by message), the rows those
    /// calls returned and examined, and its trace, so tests can state budgets and benchmarks can report them.</summary>
    public sealed class PluginExecutionRecord
    {
        private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
        private readonly List<string> _traces = new();

        internal PluginExecutionRecord(string stepName, Type pluginType, string message, string primaryEntity, int stage, int mode, int depth)
        {
            StepName = stepName;
            PluginType = pluginType;
            Message = message;
            PrimaryEntity = primaryEntity;
            Stage = stage;
            Mode = mode;
            Depth = depth;
        }

        public string StepName { get; }
        public Type PluginType { get; }
        public string Message { get; }
        public string PrimaryEntity { get; }
        public int Stage { get; }
        public int Mode { get; }
        public int Depth { get; }

        /// <summary>Calls by message name (Create, Retrieve, RetrieveMultiple, Update, Upsert, ...).</summary>
        public IReadOnlyDictionary<string, int> Calls => _calls;

        public int TotalCalls => _calls.Values.Sum();

        /// <summary>Rows handed back to the plugin by Retrieve and RetrieveMultiple.</summary>
        public int RowsReturned { get; private set; }

        /// <summary>Rows the emulator's query engine looked at to answer them (shows whether indexes were used).</summary>
        public int RowsExamined { get; private set; }

        public IReadOnlyList<string> Traces => _traces;

        /// <summary>The exception the plugin ended with, if any.</summary>
        public Exception? Error { get; internal set; }

        public bool Succeeded => Error == null;

        internal void CountCall(string message) => _calls[message] = _calls.TryGetValue(message, out var n) ? n + 1 : 1;

        internal void CountRows(int returned, int examined)
        {
            RowsReturned += returned;
            RowsExamined += examined;
        }

        internal void Trace(string line) => _traces.Add(line);

        public override string ToString() => $"{StepName} ({TotalCalls} calls, {RowsReturned} rows)";
    }
}
