using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator
{
    /// <summary>Builds the fault every IOrganizationService failure reaches callers as (reference §9.2.10).</summary>
    public static class DataverseFault
    {
        public static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
        {
            // The emulator stamps the time from its own clock when the fault leaves the service; never the machine clock.
            var detail = new OrganizationServiceFault { ErrorCode = errorCode, Message = message };
            return new FaultException<OrganizationServiceFault>(detail, new FaultReason(message));
        }
    }
}
