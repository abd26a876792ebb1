using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>Keeps each execution's trace lines on its record, as the PluginTraceLog keeps them.</summary>
    internal sealed class EmulatedTracingService : ITracingService
    {
        private readonly PluginExecutionRecord _record;

        public EmulatedTracingService(PluginExecutionRecord record)
        {
            _record = record;
        }

        public void Trace(string format, params object[] args)
        {
            _record.Trace(args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }
}
