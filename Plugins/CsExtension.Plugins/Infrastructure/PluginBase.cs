using System;
using System.Diagnostics;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Infrastructure
{
    /// <summary>Base of every CS Extension plugin, in the shape of Microsoft's plugin template: builds the local
    /// context, traces entry and exit with timing, and turns failures into messages a rep can act on.
    /// Stateless: nothing about an execution is stored on the instance.</summary>
    public abstract class PluginBase : IPlugin
    {
        protected PluginBase(Type pluginClassName)
        {
            PluginClassName = (pluginClassName ?? throw new ArgumentNullException(nameof(pluginClassName))).Name;
        }

        protected string PluginClassName { get; }

        public void Execute(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new InvalidPluginExecutionException(nameof(serviceProvider));
            }

            var localContext = new LocalPluginContext(serviceProvider);
            var context = localContext.PluginExecutionContext;
            localContext.Trace(string.Format(
                CultureInfo.InvariantCulture,
                "Entered {0}.Execute() for {1} of {2} {3} at stage {4}, depth {5}, correlation {6}, initiating user {7}.",
                PluginClassName, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId,
                context.Stage, context.Depth, context.CorrelationId, context.InitiatingUserId));

            var stopwatch = Stopwatch.StartNew();
            try
            {
                ExecuteDataversePlugin(localContext);
            }
            catch (InvalidPluginExecutionException)
            {
                // Already worded for the user by the plugin.
                throw;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                localContext.Trace("Dataverse refused a call: " + fault.Detail?.ToString());
                throw new InvalidPluginExecutionException(
                    $"CS Extension ({PluginClassName}) could not complete this operation: {fault.Detail?.Message ?? fault.Message}",
                    fault);
            }
            catch (Exception exception)
            {
                localContext.Trace("Unexpected error: " + exception);
                throw new InvalidPluginExecutionException(
                    $"CS Extension ({PluginClassName}) hit an unexpected error: {exception.Message}. " +
                    "Ask your administrator to check the plug-in trace log.",
                    exception);
            }
            finally
            {
                localContext.Trace(string.Format(
                    CultureInfo.InvariantCulture, "Exiting {0}.Execute() after {1} ms.", PluginClassName, stopwatch.ElapsedMilliseconds));
            }
        }

        /// <summary>The plugin's own work: read the context, call the rule, write the result.</summary>
        protected abstract void ExecuteDataversePlugin(ILocalPluginContext localContext);
    }
}
