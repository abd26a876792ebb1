namespace Dataverse.Emulator.Pipeline
{
    /// <summary>The accounting of every plugin execution summed up: what <see cref="DataverseEmulator.Executions"/> would
    /// add to, kept even when the emulator keeps no record per execution (a long run, where the records and their
    /// trace lines would fill memory).</summary>
    public sealed class ExecutionTotals
    {
        /// <summary>Plugin executions, custom APIs' included.</summary>
        public long Executions { get; private set; }

        /// <summary>Executions that ended with an exception.</summary>
        public long Failed { get; private set; }

        /// <summary>Organization-service calls the plugins made themselves.</summary>
        public long Calls { get; private set; }

        /// <summary>Rows handed back to plugins by Retrieve and RetrieveMultiple.</summary>
        public long RowsReturned { get; private set; }

        /// <summary>Rows the query engine looked at to answer them.</summary>
        public long RowsExamined { get; private set; }

        internal void Add(PluginExecutionRecord record)
        {
            Executions++;
            Failed += record.Succeeded ? 0 : 1;
            Calls += record.TotalCalls;
            RowsReturned += record.RowsReturned;
            RowsExamined += record.RowsExamined;
        }
    }
}
