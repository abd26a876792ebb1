using System;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Tests.Pipeline;

/// <summary>An emulator on the standard tables with helpers to register scripted steps.</summary>
public sealed class PipelineFixture
{
    public PipelineFixture()
    {
        Emulator = new DataverseEmulator(MetadataCatalog.Standard(), new EmulatorClock(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc)));
        UserId = Emulator.CreateUser("Aiko Tanaka");
        Service = Emulator.CreateService(UserId);
    }

    public DataverseEmulator Emulator { get; }

    public Guid UserId { get; }

    public IOrganizationService Service { get; }

    public StepRegistration Step(
        string message, string? table, PipelineStage stage, Action<PluginRun> body, StepMode mode = StepMode.Synchronous,
        int rank = 1, string[]? filteringAttributes = null, ImageRegistration[]? images = null, Guid? runAs = null)
    {
        var step = new StepRegistration(typeof(ScriptedPlugin), message, table, stage, mode)
        {
            Rank = rank,
            FilteringAttributes = filteringAttributes ?? Array.Empty<string>(),
            Images = images ?? Array.Empty<ImageRegistration>(),
            UnsecureConfiguration = ScriptedPlugin.Register(body),
            RunAsUserId = runAs,
        };
        Emulator.RegisterStep(step);
        return step;
    }

    public Guid CreateAccount(string name) => Service.Create(new Entity("account") { ["name"] = name });
}
