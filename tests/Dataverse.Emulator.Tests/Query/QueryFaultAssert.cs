using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Query
{
    /// <summary>Asserts that a query fails as the organization service fails: FaultException&lt;OrganizationServiceFault&gt;
    /// with the Dataverse error code (reference xrm-sdk.md §9.2.10).</summary>
    internal static class QueryFaultAssert
    {
        public static OrganizationServiceFault Throws(int errorCode, Action action)
        {
            var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
            Assert.Equal(errorCode, exception.Detail.ErrorCode);
            return exception.Detail;
        }
    }
}
