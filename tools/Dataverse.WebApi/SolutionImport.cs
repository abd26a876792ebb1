using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Dataverse.Emulator;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.WebApi
{
    /// <summary>The ImportSolution action as the emulator can carry it out: the file must be a solution zip
    /// (solution.xml with its manifest, customizations.xml, [Content_Types].xml at the root, as the solution file
    /// reference describes); a valid one is recorded in the solution table (unique name, version, managed, installed
    /// on), replacing an earlier version. Its components are not applied to the running emulator, whose metadata
    /// comes from the unpacked solution folder it was started with.</summary>
    public static class SolutionImport
    {
        public static void Import(IOrganizationService service, JsonElement body, DateTime now)
        {
            if (!body.TryGetProperty("CustomizationFile", out var file) || file.ValueKind != JsonValueKind.String)
            {
                throw new ODataException("ImportSolution needs the parameter 'CustomizationFile' (the solution zip, base64).");
            }

            byte[] bytes;
            try
            {
                bytes = file.GetBytesFromBase64();
            }
            catch (FormatException)
            {
                throw new ODataException("'CustomizationFile' is not base64.");
            }

            var manifest = Manifest(bytes);
            var uniqueName = Required(manifest, "UniqueName");
            var version = Required(manifest, "Version");
            var managed = (string?)manifest.Element("Managed") == "1";
            var friendly = manifest.Element("LocalizedNames")?.Elements("LocalizedName").Select(n => (string?)n.Attribute("description")).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? uniqueName;

            var existing = service.RetrieveMultiple(new QueryExpression("solution")
            {
                ColumnSet = new ColumnSet("ismanaged"),
                Criteria = { Conditions = { new ConditionExpression("uniquename", ConditionOperator.Equal, uniqueName) } },
            }).Entities.FirstOrDefault();
            if (existing is not null && existing.GetAttributeValue<bool>("ismanaged") && !managed)
            {
                // The platform refuses an unmanaged import over a managed solution of the same name.
                throw Fault("The solution is already installed on this system as a managed solution and the package you are importing is unmanaged. Remove the managed solution first.");
            }

            var row = new Entity("solution")
            {
                ["uniquename"] = uniqueName,
                ["friendlyname"] = friendly,
                ["version"] = version,
                ["ismanaged"] = managed,
                ["installedon"] = now,
            };
            if (existing is null)
            {
                service.Create(row);
            }
            else
            {
                row.Id = existing.Id;
                service.Update(row);
            }
        }

        private static XElement Manifest(byte[] bytes)
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                foreach (var required in new[] { "solution.xml", "customizations.xml", "[Content_Types].xml" })
                {
                    if (zip.GetEntry(required) is null)
                    {
                        throw Fault($"The import file is not a solution: it has no {required} at its root.");
                    }
                }

                using var customizations = zip.GetEntry("customizations.xml")!.Open();
                if (XDocument.Load(customizations).Root?.Name.LocalName != "ImportExportXml")
                {
                    throw Fault("The import file is not a solution: customizations.xml is not an ImportExportXml document.");
                }

                using var solution = zip.GetEntry("solution.xml")!.Open();
                return XDocument.Load(solution).Root?.Element("SolutionManifest")
                    ?? throw Fault("The import file is not a solution: solution.xml has no SolutionManifest.");
            }
            catch (InvalidDataException)
            {
                throw Fault("The import file is not a zip file.");
            }
            catch (XmlException e)
            {
                throw Fault("The import file is invalid: " + e.Message);
            }
        }

        private static string Required(XElement manifest, string name) =>
            (string?)manifest.Element(name) is { Length: > 0 } value ? value : throw Fault($"The import file is not a solution: solution.xml has no {name}.");

        private static Exception Fault(string message) => DataverseFault.Create(unchecked((int)0x80040203), message);
    }
}
