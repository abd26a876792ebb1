using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    [DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class RetrieveRequest : OrganizationRequest
    {
        public RetrieveRequest()
        {
            RequestName = "Retrieve";
            Parameters["Target"] = null;
            Parameters["ColumnSet"] = null;
            Parameters["RelatedEntitiesQuery"] = null;
        }

        public EntityReference Target
        {
            get => Parameters.Contains("Target") && Parameters["Target"] != null ? (EntityReference)Parameters["Target"] : default;
            set => Parameters["Target"] = value;
        }

        public ColumnSet ColumnSet
        {
            get => Parameters.Contains("ColumnSet") && Parameters["ColumnSet"] != null ? (ColumnSet)Parameters["ColumnSet"] : default;
            set => Parameters["ColumnSet"] = value;
        }

        public RelationshipQueryCollection RelatedEntitiesQuery
        {
            get => Parameters.Contains("RelatedEntitiesQuery") && Parameters["RelatedEntitiesQuery"] != null ? (RelationshipQueryCollection)Parameters["RelatedEntitiesQuery"] : default;
            set => Parameters["RelatedEntitiesQuery"] = value;
        }

        public bool ReturnNotifications
        {
            get => Parameters.Contains("ReturnNotifications") && Parameters["ReturnNotifications"] != null ? (bool)Parameters["ReturnNotifications"] : default;
            set => Parameters["ReturnNotifications"] = value;
        }
    }
}
