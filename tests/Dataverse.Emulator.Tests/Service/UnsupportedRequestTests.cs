using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>A message the emulator does not answer fails loudly instead of pretending to succeed.</summary>
    public class UnsupportedRequestTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void A_request_name_that_is_not_supported_fails_with_a_fault_naming_it()
        {
            // Reference §9.2.10: every failure is a FaultException<OrganizationServiceFault>.
            var fault = ServiceFaults.Expect(() => _f.Service.Execute(new OrganizationRequest("csx_NoSuchMessage")));

            Assert.Contains("csx_NoSuchMessage", fault.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_request_without_a_name_fails()
        {
            // Reference §9.1.14: the platform dispatches by RequestName.
            ServiceFaults.Expect(ErrorCodes.InvalidArgument, () => _f.Service.Execute(new OrganizationRequest()));
        }
    }
}
