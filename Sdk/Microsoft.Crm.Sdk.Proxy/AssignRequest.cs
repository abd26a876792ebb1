using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>Deprecated in favour of updating ownerid (solution checker il-avoid-specialized-update-ops).</summary>
    [DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
    public sealed class AssignRequest : OrganizationRequest
    {
        public AssignRequest()
        {
            RequestName = "Assign";
            Parameters["Target"] = null;
            Parameters["Assignee"] = null;
        }

        public EntityReference Target
        {
            get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
            set => Parameters["Target"] = value;
        }

        public EntityReference Assignee
        {
            get => Parameters.Contains("Assignee") ? (EntityReference)Parameters["Assignee"] : null;
            set => Parameters["Assignee"] = value;
        }
    }
}
