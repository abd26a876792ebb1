using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CsExtension.Sdk.Tests;

/// <summary>The two builds of the contract: what Dataverse plugins compile against, and what the tests run on.</summary>
public enum ContractBuild
{
    Net462,
    Net10,
}

/// <summary>Where the tests find the contract builds, the reference listing and the frameworks to read them against.</summary>
internal static class TestEnvironment
{
    public const string XrmSdk = "Microsoft.Xrm.Sdk";
    public const string CrmSdkProxy = "Microsoft.Crm.Sdk.Proxy";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>
    /// shared/reference lives beside the repository on the project's machines, not inside it, so a plain clone lacks it.
    /// </summary>
    public static string ReferenceFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));

    /// <summary>The built contract assembly: net10.0 from this test's output (a ProjectReference), net462 from the SDK project's bin.</summary>
    public static string ContractPath(string assemblyName, ContractBuild build) => build switch
    {
        ContractBuild.Net10 => Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll"),
        _ => Path.Combine(
            RepositoryRoot, "Sdk", assemblyName, "bin", Metadata("CsExtension.Configuration"),
            Metadata("CsExtension.PluginTargetFramework"), assemblyName + ".dll"),
    };

    /// <summary>What the contract build's references resolve to when it is read as metadata.</summary>
    public static IReadOnlyList<string> ReferencePaths(string contractPath, ContractBuild build) => build switch
    {
        ContractBuild.Net10 => ApiSurface.ModernReferencePaths(),
        // The contract's own folder first: Microsoft.Crm.Sdk.Proxy's Microsoft.Xrm.Sdk is the one built beside it.
        _ => Directory.GetFiles(Path.GetDirectoryName(contractPath)!, "*.dll")
            .Concat(ApiSurface.NetFramework462ReferencePaths(Metadata("CsExtension.NetFramework462ReferenceAssemblies")))
            .ToList(),
    };

    public static string CoreAssemblyName(ContractBuild build) => build == ContractBuild.Net10 ? "System.Private.CoreLib" : "mscorlib";

    /// <summary>Fails with a hint rather than with a resolver error when a build is missing.</summary>
    public static string RequireContract(string assemblyName, ContractBuild build)
    {
        var path = ContractPath(assemblyName, build);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The {build} build of {assemblyName} is not at {path}. Build tests/CsExtension.Sdk.Tests, which builds both " +
                "contract targets first.", path);
        }

        return path;
    }

    /// <summary>Values the test project's build writes into this assembly (see CsExtension.Sdk.Tests.csproj).</summary>
    private static string Metadata(string key) =>
        typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly was built without the {key} metadata.");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CsExtension.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds CsExtension.sln.");
    }
}
