using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class DisassociateRequest : OrganizationRequest
    {
        public DisassociateRequest()
        {
            RequestName = "Disassociate";
            Parameters["Target"] = null;
            Parameters["Relationship"] = null;
            Parameters["RelatedEntities"] = null;
        }

        public EntityReference Target
        {
            get => Parameters.Contains("Target") && Parameters["Target"] != null ? (EntityReference)Parameters["Target"] : default;
            set => Parameters["Target"] = value;
        }

        public Relationship Relationship
        {
            get => Parameters.Contains("Relationship") && Parameters["Relationship"] != null ? (Relationship)Parameters["Relationship"] : default;
            set => Parameters["Relationship"] = value;
        }

        public EntityReferenceCollection RelatedEntities
        {
            get => Parameters.Contains("RelatedEntities") && Parameters["RelatedEntities"] != null ? (EntityReferenceCollection)Parameters["RelatedEntities"] : default;
            set => Parameters["RelatedEntities"] = value;
        }
    }
}
