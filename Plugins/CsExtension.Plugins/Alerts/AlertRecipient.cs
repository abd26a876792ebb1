using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Alerts
{
    /// <summary>Who gets an account's alerts: its customer success manager, else its owner.</summary>
    public sealed class AlertRecipient
    {
        private AlertRecipient(EntityReference user, string accountName)
        {
            User = user;
            AccountName = accountName;
        }

        public EntityReference User { get; }

        public string AccountName { get; }

        public static AlertRecipient ForAccount(IOrganizationService service, Guid accountId)
        {
            var account = service.Retrieve("account", accountId, new ColumnSet("name", "ownerid", "csx_csmid"));
            var user = account.GetAttributeValue<EntityReference>("csx_csmid") ?? account.GetAttributeValue<EntityReference>("ownerid");
            return new AlertRecipient(new EntityReference(user.LogicalName, user.Id), account.GetAttributeValue<string>("name") ?? string.Empty);
        }
    }
}
