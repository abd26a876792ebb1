using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Xunit;

namespace CsExtension.Sdk.Tests;

/// <summary>
/// A plugin records the full identity of the SDK assemblies it was compiled against; inside Dataverse those
/// references must bind to Microsoft's own Microsoft.Xrm.Sdk and Microsoft.Crm.Sdk.Proxy, so the contract has to carry
/// exactly their identity.
/// </summary>
public sealed class ContractIdentityTests
{
    /// <summary>
    /// Microsoft's "MicrosoftShared" public key (token 31bf3856ad364e35), the 160-byte blob published in
    /// shared/reference/xrm-sdk.md section 1.2 (there taken from the SDK's own AssemblyInfo.cs InternalsVisibleTo lines).
    /// Kept here so the check does not depend on shared/ being present.
    /// </summary>
    private const string MicrosoftSharedPublicKey =
        "0024000004800000940000000602000000240000525341310004000001000100b5fc90e7027f67871e773a8fde8938c81dd402ba65b9201d60" +
        "593e96c492651e889cc13f1415ebb53fac1131ae0bd333c5ee6021672d9718ea31a8aebd0da0072f25d87dba6fc90ffd598ed4da35e44c398c4543" +
        "07e8e33b8426143daec9f596836f97c8f74750e5975c64e2189f45def46b2a2b1247adc3652bf5c308055da9";

    private const string MicrosoftSharedPublicKeyToken = "31bf3856ad364e35";

    public static TheoryData<string, ContractBuild> ContractAssemblies => new()
    {
        { TestEnvironment.XrmSdk, ContractBuild.Net462 },
        { TestEnvironment.XrmSdk, ContractBuild.Net10 },
        { TestEnvironment.CrmSdkProxy, ContractBuild.Net462 },
        { TestEnvironment.CrmSdkProxy, ContractBuild.Net10 },
    };

    [Fact]
    public void The_published_public_key_hashes_to_the_published_token()
    {
        Assert.Equal(160, Convert.FromHexString(MicrosoftSharedPublicKey).Length);
        Assert.Equal(MicrosoftSharedPublicKeyToken, TokenOf(Convert.FromHexString(MicrosoftSharedPublicKey)));
    }

    [Theory]
    [MemberData(nameof(ContractAssemblies))]
    public void Contract_assembly_has_the_name_version_culture_and_public_key_of_Microsofts_assembly(
        string assemblyName, ContractBuild build)
    {
        using var pe = new PEReader(File.OpenRead(TestEnvironment.RequireContract(assemblyName, build)));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        var publicKey = reader.GetBlobBytes(definition.PublicKey);

        Assert.Equal(assemblyName, reader.GetString(definition.Name));
        Assert.Equal(new Version(9, 0, 0, 0), definition.Version);
        Assert.Equal("", reader.GetString(definition.Culture));
        Assert.True(
            (definition.Flags & AssemblyFlags.PublicKey) != 0,
            $"{assemblyName} ({build}) records a token instead of the full public key.");
        Assert.Equal(MicrosoftSharedPublicKey, Convert.ToHexString(publicKey).ToLowerInvariant());
        Assert.Equal(MicrosoftSharedPublicKeyToken, TokenOf(publicKey));
    }

    /// <summary>
    /// The real assemblies grant internals only to Microsoft's own friends; if ours granted any to our code, that code
    /// could compile against non-public contract members that the real SDK does not offer it.
    /// </summary>
    [Theory]
    [MemberData(nameof(ContractAssemblies))]
    public void Contract_assembly_grants_no_InternalsVisibleTo_so_nothing_of_ours_uses_non_public_SDK_members(
        string assemblyName, ContractBuild build)
    {
        using var pe = new PEReader(File.OpenRead(TestEnvironment.RequireContract(assemblyName, build)));
        var reader = pe.GetMetadataReader();

        var friends = reader.GetAssemblyDefinition().GetCustomAttributes()
            .Select(reader.GetCustomAttribute)
            .Where(attribute => AttributeTypeName(reader, attribute) == "System.Runtime.CompilerServices.InternalsVisibleToAttribute")
            .Select(attribute => FirstStringArgument(reader, attribute))
            .ToList();

        Assert.True(friends.Count == 0, $"{assemblyName} ({build}) grants InternalsVisibleTo to: {string.Join(", ", friends)}");
    }

    /// <summary>The last 8 bytes of the key's SHA-1, reversed: how .NET derives a public key token.</summary>
    private static string TokenOf(byte[] publicKey)
    {
        var hash = SHA1.HashData(publicKey);
        return Convert.ToHexString(hash.TakeLast(8).Reverse().ToArray()).ToLowerInvariant();
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        var typeHandle = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default(EntityHandle),
        };

        return typeHandle.Kind switch
        {
            HandleKind.TypeReference => FullName(reader, reader.GetTypeReference((TypeReferenceHandle)typeHandle)),
            HandleKind.TypeDefinition => FullName(reader, reader.GetTypeDefinition((TypeDefinitionHandle)typeHandle)),
            _ => "",
        };
    }

    private static string FullName(MetadataReader reader, TypeReference type) =>
        reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);

    private static string FullName(MetadataReader reader, TypeDefinition type) =>
        reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);

    private static string FirstStringArgument(MetadataReader reader, CustomAttribute attribute)
    {
        var value = reader.GetBlobReader(attribute.Value);
        value.ReadUInt16(); // prolog
        return value.ReadSerializedString() ?? "(null)";
    }
}
