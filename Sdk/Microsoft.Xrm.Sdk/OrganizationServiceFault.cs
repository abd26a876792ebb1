using System;
using System.Globalization;
using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The detail of every organization-service failure; callers match on ErrorCode (reference §9.2.10).</summary>
    [DataContract(Name = "OrganizationServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    [Serializable]
    public class OrganizationServiceFault : BaseServiceFault
    {
        [DataMember]
        public string TraceText { get; set; }

        [DataMember]
        public OrganizationServiceFault InnerFault { get; set; }

        public override string ToString()
        {
            var text = new StringBuilder();
            var fault = this;
            var level = 0;
            while (fault != null)
            {
                var indent = new string(' ', level * 2);
                text.Append(indent).Append("ErrorCode: 0x").AppendLine(fault.ErrorCode.ToString("X8", CultureInfo.InvariantCulture));
                text.Append(indent).Append("Message: ").AppendLine(fault.Message);
                if (fault.ErrorDetails.TryGetValue("CallStack", out object callStack) && callStack != null)
                {
                    text.Append(indent).Append("CallStack: ").AppendLine(callStack.ToString());
                }

                text.Append(indent).Append("TimeStamp: ")
                    .AppendLine(fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
                fault = fault.InnerFault;
                if (fault != null)
                {
                    text.Append(indent).AppendLine("InnerFault:");
                }

                level++;
            }

            return text.ToString();
        }
    }
}
