using System;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Infrastructure
{
    /// <summary>The account an account-scoped event is about: the account itself, or the account a snapshot, request or
    /// contract points to (from the Create's Target, else the post-image aliased "record", since an Update's Target holds
    /// only the columns sent).</summary>
    internal static class EventAccount
    {
        public static Guid? Of(IPluginExecutionContext context)
        {
            if (context.PrimaryEntityName == "account")
            {
                return context.PrimaryEntityId;
            }

            var record = context.MessageName == "Create"
                ? (Entity)context.InputParameters["Target"]
                : context.PostEntityImages.TryGetValue("record", out var image) ? image : null;
            var column = context.PrimaryEntityName == "contract" ? "customerid" : "csx_accountid";
            var account = record?.GetAttributeValue<EntityReference>(column);
            return account != null && account.LogicalName == "account" ? account.Id : (Guid?)null;
        }
    }
}
