using System;
using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Sla
{
    /// <summary>When another account joins (or leaves) a request through csx_customerrequest_account, the request's ARR
    /// impact and requesting-account count follow, so product teams sort by what is really at stake.</summary>
    [PluginStep("Associate", "none", StepStage.PostOperation, StepMode.Synchronous, Description = "Count the requesting accounts")]
    [PluginStep("Disassociate", "none", StepStage.PostOperation, StepMode.Synchronous, Description = "Count the requesting accounts")]
    public sealed class RequestingAccountsPlugin : PluginBase
    {
        public RequestingAccountsPlugin()
            : base(typeof(RequestingAccountsPlugin))
        {
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localContext)
        {
            var context = localContext.PluginExecutionContext;
            if (!(context.InputParameters["Relationship"] is Relationship relationship) || relationship.SchemaName != RequestArrImpact.RequestingAccountsRelationship)
            {
                return;
            }

            var target = (EntityReference)context.InputParameters["Target"];
            var related = (EntityReferenceCollection)context.InputParameters["RelatedEntities"];
            var requests = target.LogicalName == "csx_customerrequest"
                ? new[] { target.Id }
                : related.Where(r => r.LogicalName == "csx_customerrequest").Select(r => r.Id).ToArray();
            var service = localContext.SystemUserService;
            foreach (var request in requests)
            {
                var account = service.Retrieve("csx_customerrequest", request, new Microsoft.Xrm.Sdk.Query.ColumnSet("csx_accountid"))
                    .GetAttributeValue<EntityReference>("csx_accountid");
                var impact = RequestArrImpact.Compute(service, request, account?.Id);
                service.Update(new Entity("csx_customerrequest", request)
                {
                    ["csx_arrimpact"] = new Money(impact.Arr),
                    ["csx_requestingaccounts"] = impact.Accounts,
                });
            }
        }
    }
}
