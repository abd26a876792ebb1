using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>The service provider a plugin's Execute receives: the context under every context interface, tracing,
    /// and a factory whose services run nested operations one level deeper (reference §3).</summary>
    internal sealed class EmulatedServiceProvider : IServiceProvider, IOrganizationServiceFactory
    {
        private readonly DataverseEmulator _emulator;
        private readonly EmulatedExecutionContext _context;
        private readonly PluginExecutionRecord _record;
        private readonly EmulatedTracingService _tracing;

        public EmulatedServiceProvider(DataverseEmulator emulator, EmulatedExecutionContext context, PluginExecutionRecord record)
        {
            _emulator = emulator;
            _context = context;
            _record = record;
            _tracing = new EmulatedTracingService(record);
        }

        public object? GetService(Type serviceType)
        {
            if (serviceType.IsInstanceOfType(_context))
            {
                return _context;
            }

            if (serviceType == typeof(ITracingService))
            {
                return _tracing;
            }

            return serviceType == typeof(IOrganizationServiceFactory) ? this : null;
        }

        /// <summary>null runs as SYSTEM, Guid.Empty as the context's user, any other id as that user.</summary>
        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            var user = userId switch
            {
                null => _emulator.SystemUserId,
                { } id when id == Guid.Empty => _context.UserId,
                { } id => id,
            };
            return new EmulatedOrganizationService(_emulator, new CallerScope(user, _context.InitiatingUserId, _context, _record));
        }
    }
}
