using System;
using System.Linq;
using System.ServiceModel;
using CsExtension.Plugins.Registration;
using Dataverse.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.Emulator.Tests.Pipeline;

public class DeclarationTests
{
    [Fact]
    public void Steps_are_read_from_the_declarations_on_plugin_classes_without_running_them()
    {
        var steps = StepDeclarationReader.ReadSteps(typeof(DeclaredAccountPlugin)).ToList();

        var step = Assert.Single(steps);
        Assert.Equal("Update", step.Message);
        Assert.Equal("account", step.PrimaryEntity);
        Assert.Equal(Emulator.Pipeline.PipelineStage.PostOperation, step.Stage);
        Assert.Equal(Emulator.Pipeline.StepMode.Asynchronous, step.Mode);
        Assert.Equal(new[] { "name", "telephone1" }, step.FilteringAttributes);
        Assert.Equal(3, step.Rank);
        var image = Assert.Single(step.Images);
        Assert.Equal(("before", ImageType.PreImage), (image.Alias, image.Type));
        Assert.Equal(new[] { "name" }, image.Attributes);
        Assert.Equal(0, DeclaredAccountPlugin.Constructed);
    }

    [Fact]
    public void A_declared_custom_API_runs_its_plugin_with_typed_parameters_and_returns_its_outputs()
    {
        var emulator = new DataverseEmulator(Dataverse.Emulator.Metadata.MetadataCatalog.Standard());
        emulator.RegisterCustomApi(StepDeclarationReader.ReadCustomApi(typeof(DoubleItApi))!);
        var service = emulator.CreateService();

        var response = service.Execute(new OrganizationRequest("csx_DoubleIt") { ["Value"] = 21 });

        Assert.Equal(42, response["Doubled"]);
        Assert.Equal("csx_DoubleIt", response.ResponseName);
    }

    [Fact]
    public void A_custom_API_call_missing_a_required_parameter_or_with_a_wrong_type_is_refused()
    {
        var emulator = new DataverseEmulator(Dataverse.Emulator.Metadata.MetadataCatalog.Standard());
        emulator.RegisterCustomApi(StepDeclarationReader.ReadCustomApi(typeof(DoubleItApi))!);
        var service = emulator.CreateService();

        var missing = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Execute(new OrganizationRequest("csx_DoubleIt")));
        var wrongType = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Execute(new OrganizationRequest("csx_DoubleIt") { ["Value"] = "21" }));

        Assert.Equal("Required field 'Value' is missing", missing.Detail.Message);
        Assert.Contains("must be Integer", wrongType.Detail.Message);
    }

    [Fact]
    public void A_bound_custom_API_takes_its_record_as_Target_and_fires_steps_registered_on_its_message()
    {
        var emulator = new DataverseEmulator(Dataverse.Emulator.Metadata.MetadataCatalog.Standard());
        emulator.RegisterCustomApi(StepDeclarationReader.ReadCustomApi(typeof(RenameApi))!);
        var service = emulator.CreateService();
        var id = service.Create(new Entity("account") { ["name"] = "Old" });
        var postRuns = 0;
        emulator.RegisterStep(new StepRegistration(typeof(ScriptedPlugin), "csx_Rename", "account", Emulator.Pipeline.PipelineStage.PostOperation, Emulator.Pipeline.StepMode.Synchronous)
        {
            UnsecureConfiguration = ScriptedPlugin.Register(_ => postRuns++),
        });

        service.Execute(new OrganizationRequest("csx_Rename") { ["Target"] = new EntityReference("account", id), ["NewName"] = "New" });

        Assert.Equal("New", service.Retrieve("account", id, new ColumnSet("name"))["name"]);
        Assert.Equal(1, postRuns);
    }

    [PluginStep("Update", "account", CsExtension.Plugins.Registration.StepStage.PostOperation, CsExtension.Plugins.Registration.StepMode.Asynchronous,
        FilteringAttributes = "name, telephone1", Rank = 3, PreImage = "before", PreImageAttributes = "name")]
    private sealed class DeclaredAccountPlugin : IPlugin
    {
        public static int Constructed;

        public DeclaredAccountPlugin()
        {
            Constructed++;
        }

        public void Execute(IServiceProvider serviceProvider) => throw new InvalidOperationException("never runs in this test");
    }

    [CustomApi("csx_DoubleIt")]
    [CustomApiRequestParameter("Value", CsExtension.Plugins.Registration.CustomApiParameterType.Integer)]
    [CustomApiResponseProperty("Doubled", CsExtension.Plugins.Registration.CustomApiParameterType.Integer)]
    private sealed class DoubleItApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            context.OutputParameters["Doubled"] = (int)context.InputParameters["Value"] * 2;
        }
    }

    [CustomApi("csx_Rename", BoundEntity = "account")]
    [CustomApiRequestParameter("NewName", CsExtension.Plugins.Registration.CustomApiParameterType.String)]
    private sealed class RenameApi : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            var target = (EntityReference)context.InputParameters["Target"];
            factory.CreateOrganizationService(context.UserId).Update(new Entity("account", target.Id) { ["name"] = context.InputParameters["NewName"] });
        }
    }
}
