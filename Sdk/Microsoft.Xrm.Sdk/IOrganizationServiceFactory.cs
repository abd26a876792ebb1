using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>null gives the SYSTEM user; Guid.Empty the context's user; any other id that user (reference §3).</summary>
    public interface IOrganizationServiceFactory
    {
        IOrganizationService CreateOrganizationService(Guid? userId);
    }
}
