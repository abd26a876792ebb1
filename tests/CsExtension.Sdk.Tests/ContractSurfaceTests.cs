using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CsExtension.Sdk.Tests;

/// <summary>
/// Plugins compiled against the contract must bind to Microsoft's real assembly inside Dataverse, so the contract's
/// public surface has to be the real one, member for member, on both targets.
/// </summary>
public sealed class ContractSurfaceTests
{
    /// <summary>Enough differences to act on without burying the message.</summary>
    private const int ShownPerSide = 25;

    [SkippableFact]
    public void Net462_contract_surface_matches_the_real_SDK_listing() => AssertSurfaceMatchesListing(ContractBuild.Net462);

    [SkippableFact]
    public void Net10_contract_surface_matches_the_real_SDK_listing() => AssertSurfaceMatchesListing(ContractBuild.Net10);

    private static void AssertSurfaceMatchesListing(ContractBuild build)
    {
        var listing = Path.Combine(TestEnvironment.ReferenceFolder, "xrm-sdk-api.txt");
        var typeList = Path.Combine(TestEnvironment.ReferenceFolder, "xrm-sdk-types.txt");
        Skip.IfNot(
            File.Exists(listing) && File.Exists(typeList),
            $"The real SDK's listing is not here ({TestEnvironment.ReferenceFolder} lacks xrm-sdk-api.txt or xrm-sdk-types.txt): " +
            "it comes with the project's shared/ folder, which a plain clone does not have.");

        var types = new HashSet<string>(ReadEntries(typeList), StringComparer.Ordinal);
        var contract = TestEnvironment.RequireContract(TestEnvironment.XrmSdk, build);
        var actual = ApiSurface.Print(
            contract,
            TestEnvironment.ReferencePaths(contract, build),
            TestEnvironment.CoreAssemblyName(build),
            types.Contains);
        var expected = ReadEntries(listing);

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, Describe(build, contract, missing, extra));
    }

    /// <summary>Non-empty lines that are not # comments.</summary>
    private static List<string> ReadEntries(string path) =>
        File.ReadAllLines(path).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

    private static string Describe(ContractBuild build, string contract, List<string> missing, List<string> extra)
    {
        var message = new StringBuilder()
            .AppendLine($"The {build} contract ({contract}) does not have the real SDK's public surface: " +
                $"{missing.Count} listed line(s) missing, {extra.Count} extra line(s).");
        Append(message, "Missing from the contract (in xrm-sdk-api.txt, not printed from the contract):", missing);
        Append(message, "Extra in the contract (printed from the contract, not in xrm-sdk-api.txt):", extra);
        return message.ToString();
    }

    private static void Append(StringBuilder message, string heading, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        message.AppendLine(heading);
        foreach (var line in lines.Take(ShownPerSide))
        {
            message.AppendLine("  " + line);
        }

        if (lines.Count > ShownPerSide)
        {
            message.AppendLine($"  ... and {lines.Count - ShownPerSide} more");
        }
    }
}
