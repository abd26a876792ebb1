using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Metadata
{
    /// <summary>Asserts that an action fails the way the organization service fails: a
    /// FaultException&lt;OrganizationServiceFault&gt; carrying a Dataverse error code.</summary>
    internal static class Faults
    {
        public static OrganizationServiceFault Expect(int errorCode, Action action)
        {
            var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
            Assert.Equal(errorCode, exception.Detail.ErrorCode);
            Assert.Equal(exception.Detail.Message, exception.Message);
            return exception.Detail;
        }
    }
}
