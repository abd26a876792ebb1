using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Xunit;

namespace CsExtension.Plugins.Tests;

/// <summary>The net462 build is what an admin registers in Dataverse; these read it as metadata, never load it.</summary>
public class ShippedAssemblyTests
{
    [Fact]
    public void The_shipped_plugin_assembly_targets_dotnet_framework_4_6_2()
    {
        using var assembly = ShippedAssembly.Open();

        // Dataverse runs plugins on .NET Framework 4.6.2 (reference §1.7, PD-write "Assembly constraints").
        Assert.Equal(".NETFramework,Version=v4.6.2", assembly.TargetFramework());
    }

    [Fact]
    public void The_shipped_plugin_assembly_is_strong_name_signed_with_the_projects_own_key()
    {
        using var assembly = ShippedAssembly.Open();

        // Dataverse refuses unsigned plugin assemblies (PD-write "Assemblies must be signed").
        Assert.True(assembly.Pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned));
        Assert.True(assembly.Pe.PEHeaders.CorHeader.StrongNameSignatureDirectory.Size > 0);
        var keyPair = File.ReadAllBytes(Path.Combine(ShippedAssembly.RepositoryRoot, "Plugins", "CsExtension.Plugins", "CsExtension.Plugins.snk"));
        Assert.Equal(Modulus(keyPair), assembly.PublicKey().Skip(12 + 8 + 12).ToArray());
    }

    [Fact]
    public void The_shipped_plugin_assembly_references_only_the_framework_and_the_sdk_at_version_9()
    {
        using var assembly = ShippedAssembly.Open();
        var frameworkToken = new[] { "b77a5c561934e089", "b03f5f7f11d50a3a", "31bf3856ad364e35" };

        foreach (var reference in assembly.References())
        {
            if (reference.Name == "Microsoft.Xrm.Sdk")
            {
                // A higher version is refused at registration (InvalidXrmSdkReference, reference §1.7).
                Assert.Equal(new Version(9, 0, 0, 0), reference.Version);
                Assert.Equal("31bf3856ad364e35", reference.Token);
                continue;
            }

            Assert.True(
                reference.Version.Major == 4 && frameworkToken.Contains(reference.Token) && IsFrameworkName(reference.Name),
                $"The plugin assembly references {reference.Name} {reference.Version} ({reference.Token}), which Dataverse does not load.");
        }

        Assert.Contains(assembly.References(), reference => reference.Name == "Microsoft.Xrm.Sdk");
    }

    private static bool IsFrameworkName(string name) => name == "mscorlib" || name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

    // The metadata public key is a 12-byte signature header, an 8-byte CAPI blob header, RSAPUBKEY, then the modulus
    // little-endian; comparing moduli shows the assembly was signed with the committed key pair.
    private static byte[] Modulus(byte[] keyPair)
    {
        using var rsa = new RSACryptoServiceProvider();
        rsa.ImportCspBlob(keyPair);
        return rsa.ExportParameters(false).Modulus!.Reverse().ToArray();
    }

    private sealed class ShippedAssembly : IDisposable
    {
        private readonly FileStream _stream;

        private ShippedAssembly(string path)
        {
            _stream = File.OpenRead(path);
            Pe = new PEReader(_stream);
            Reader = Pe.GetMetadataReader();
        }

        public static string RepositoryRoot
        {
            get
            {
                for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                {
                    if (File.Exists(Path.Combine(folder.FullName, "CsExtension.sln")))
                    {
                        return folder.FullName;
                    }
                }

                throw new InvalidOperationException("No folder above the tests holds CsExtension.sln.");
            }
        }

        public PEReader Pe { get; }

        public MetadataReader Reader { get; }

        public static ShippedAssembly Open()
        {
            var path = Path.Combine(
                RepositoryRoot, "Plugins", "CsExtension.Plugins", "bin", Metadata("CsExtension.Configuration"),
                Metadata("CsExtension.PluginTargetFramework"), "CsExtension.Plugins.dll");
            Assert.True(File.Exists(path), $"The net462 plugin build is missing at {path}; building this test project builds it.");
            return new ShippedAssembly(path);
        }

        public string? TargetFramework()
        {
            foreach (var handle in Reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = Reader.GetCustomAttribute(handle);
                var constructor = Reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                var type = Reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
                if (Reader.GetString(type.Name) == "TargetFrameworkAttribute")
                {
                    var blob = Reader.GetBlobReader(attribute.Value);
                    blob.ReadUInt16();
                    return blob.ReadSerializedString();
                }
            }

            return null;
        }

        public byte[] PublicKey() => Reader.GetBlobBytes(Reader.GetAssemblyDefinition().PublicKey);

        public IEnumerable<(string Name, Version Version, string Token)> References() =>
            Reader.AssemblyReferences.Select(handle =>
            {
                var reference = Reader.GetAssemblyReference(handle);
                var token = Convert.ToHexString(Reader.GetBlobBytes(reference.PublicKeyOrToken)).ToLowerInvariant();
                return (Reader.GetString(reference.Name), reference.Version, token);
            }).ToList();

        public void Dispose()
        {
            Pe.Dispose();
            _stream.Dispose();
        }

        private static string Metadata(string key) =>
            typeof(ShippedAssembly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
