using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message by name and parameters; the platform dispatches on exactly these (reference §9.1.14).</summary>
    [DataContract(Name = "OrganizationRequest", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationRequest : IExtensibleDataObject
    {
        private ParameterCollection _parameters;

        public OrganizationRequest()
        {
        }

        public OrganizationRequest(string requestName)
        {
            RequestName = requestName;
        }

        [DataMember]
        public string RequestName { get; set; }

        [DataMember]
        public ParameterCollection Parameters
        {
            get => _parameters ?? (_parameters = new ParameterCollection());
            set => _parameters = value;
        }

        [DataMember]
        public Guid? RequestId { get; set; }

        public object this[string parameterName]
        {
            get => Parameters[parameterName];
            set => Parameters[parameterName] = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
