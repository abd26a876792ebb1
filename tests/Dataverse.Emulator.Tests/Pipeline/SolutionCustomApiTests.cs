using System;
using System.IO;
using System.ServiceModel;
using CsExtension.Plugins.Registration;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Pipeline;

public class SolutionCustomApiTests
{
    private static readonly string SolutionFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Solution");

    [Fact]
    public void A_plugin_implementing_a_solution_defined_custom_API_gets_the_solutions_parameters()
    {
        var emulator = new DataverseEmulator(MetadataCatalog.LoadFromSolutionFolder(SolutionFolder));
        emulator.RegisterDeclarations(new[] { typeof(GreetApi) }, SolutionFolder);
        var service = emulator.CreateService();
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });

        var response = service.Execute(new OrganizationRequest("csx_Greet") { ["Target"] = new EntityReference("account", account), ["Name"] = "Aiko" });
        var missing = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            service.Execute(new OrganizationRequest("csx_Greet") { ["Target"] = new EntityReference("account", account) }));

        Assert.Equal("Hello Aiko", response["Greeting"]);
        Assert.Throws<ArgumentException>(() => emulator.RegisterDeclarations(new[] { typeof(DeclarationTests).GetNestedType("DoubleItApi", System.Reflection.BindingFlags.NonPublic)! }, SolutionFolder));
        Assert.Equal("Required field 'Name' is missing", missing.Detail.Message);
    }

    [CustomApi("csx_Greet")]
    public sealed class GreetApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            context.OutputParameters["Greeting"] = "Hello " + context.InputParameters["Name"];
        }
    }
}
