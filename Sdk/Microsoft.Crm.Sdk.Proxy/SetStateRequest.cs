using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Deprecated in favour of updating statecode/statuscode (solution checker il-avoid-specialized-update-ops),
    /// but still what older callers send, so the emulator answers it.</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class SetStateRequest : OrganizationRequest
    {
        public SetStateRequest()
        {
            RequestName = "SetState";
            Parameters["EntityMoniker"] = null;
            Parameters["State"] = null;
            Parameters["Status"] = null;
        }

        public EntityReference EntityMoniker
        {
            get => Parameters.Contains("EntityMoniker") ? (EntityReference)Parameters["EntityMoniker"] : null;
            set => Parameters["EntityMoniker"] = value;
        }

        public OptionSetValue State
        {
            get => Parameters.Contains("State") ? (OptionSetValue)Parameters["State"] : null;
            set => Parameters["State"] = value;
        }

        public OptionSetValue Status
        {
            get => Parameters.Contains("Status") ? (OptionSetValue)Parameters["Status"] : null;
            set => Parameters["Status"] = value;
        }
    }
}
