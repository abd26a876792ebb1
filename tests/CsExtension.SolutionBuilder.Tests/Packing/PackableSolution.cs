using System;
using System.IO;
using CsExtension.SolutionBuilder.Registration;
using CsExtension.SolutionBuilder.Tests.Registration;

namespace CsExtension.SolutionBuilder.Tests.Packing
{
    /// <summary>A temp unpacked solution with one of each split file kind the packer handles, registrations generated
    /// from a built plugin assembly, and a built web resource.</summary>
    public sealed class PackableSolution : IDisposable
    {
        public const string WebResourceName = "csx_/account/healthpanel.html";
        public const string WebResourceEntry = "WebResources/csx_accounthealthpanelhtml5E1A7F04-2B8C-4D3E-9F60-7A1B2C3D4E5F";
        public const string FormId = "{5e1a7f04-0000-4d3e-9f60-7a1b2c3d4e5f}";

        public PackableSolution(string pluginAssemblyPath)
        {
            PluginAssemblyPath = pluginAssemblyPath;
            Solution = new TempSolution();
            Solution.Write("Entities/csx_onboarding/Entity.xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Entity xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <Name LocalizedName=\"Onboarding\" OriginalName=\"Onboarding\">csx_onboarding</Name>\n" +
                "  <EntityInfo>\n    <entity Name=\"csx_onboarding\">\n      <attributes />\n    </entity>\n  </EntityInfo>\n  <FormXml />\n  <SavedQueries />\n  <RibbonDiffXml />\n</Entity>");
            Solution.Write($"Entities/csx_onboarding/FormXml/main/{FormId}.xml",
                $"<forms xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <systemform>\n    <formid>{FormId}</formid>\n    <form><tabs><tab name=\"unmanaged\" /></tabs></form>\n  </systemform>\n</forms>");
            Solution.Write($"Entities/csx_onboarding/FormXml/main/{FormId}_managed.xml",
                $"<forms xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <systemform>\n    <formid>{FormId}</formid>\n    <form><tabs><tab name=\"managed\" /></tabs></form>\n  </systemform>\n</forms>");
            Solution.Write("Entities/csx_onboarding/SavedQueries/{6a000000-0000-4000-8000-000000000001}.xml",
                "<savedqueries xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <savedquery>\n    <savedqueryid>{6a000000-0000-4000-8000-000000000001}</savedqueryid>\n  </savedquery>\n</savedqueries>");
            Solution.Write("WebResources/csx_/account/healthpanel.html.data.xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<WebResource xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <WebResourceId>{5e1a7f04-2b8c-4d3e-9f60-7a1b2c3d4e5f}</WebResourceId>\n" +
                $"  <Name>{WebResourceName}</Name>\n  <WebResourceType>1</WebResourceType>\n  <FileName>/{WebResourceEntry}</FileName>\n</WebResource>");
            Solution.Write("environmentvariabledefinitions/csx_SlaHours/environmentvariabledefinition.xml",
                "<environmentvariabledefinition schemaname=\"csx_SlaHours\">\n  <type>100000001</type>\n</environmentvariabledefinition>");
            Solution.Write("customapis/csx_RecalculateHealth/customapi.xml",
                "<customapi uniquename=\"csx_RecalculateHealth\">\n  <name>csx_RecalculateHealth</name>\n  <plugintypeid />\n</customapi>");

            WebResources = Path.Combine(Solution.Root, "built-webresources");
            Directory.CreateDirectory(Path.Combine(WebResources, "csx_", "account"));
            File.WriteAllText(Path.Combine(WebResources, "csx_", "account", "healthpanel.html"), "<html><body>health</body></html>");

            RegistrationGenerator.Generate(pluginAssemblyPath, Solution.Folder, TextWriter.Null);
        }

        public TempSolution Solution { get; }

        public string PluginAssemblyPath { get; }

        public string WebResources { get; }

        public void Dispose() => Solution.Dispose();
    }
}
