using System.IO;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>AppModules/&lt;name&gt;/AppModule.xml and AppModuleSiteMaps/&lt;name&gt;/AppModuleSiteMap.xml.</summary>
    internal static class AppWriter
    {
        /// <summary>The platform's default app icon (a system web resource present in every environment).</summary>
        private const string DefaultAppIcon = "953b9fac-1e5e-e611-80d6-00155ded156f";

        /// <summary>A site-map entry for a web resource is written only when the web-resource build has put that web
        /// resource into the solution folder (WebResources/&lt;name&gt;.data.xml), so the app never points at a missing one.</summary>
        public static bool WebResourcePresent(string solutionRoot, string name) =>
            File.Exists(Path.Combine(solutionRoot, "WebResources", name + ".data.xml"));

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            foreach (var app in model.Apps)
            {
                var tables = app.Areas.SelectMany(a => a.Groups).SelectMany(g => g.SubAreas)
                    .Where(s => s.Table is not null).Select(s => s.Table!).Distinct().OrderBy(t => t, System.StringComparer.Ordinal);
                // The app uses our account form; other tables show all their forms.
                var forms = model.Forms.Where(f => f.Table == "account").Select(FormWriter.Id);
                output.Write($"AppModules/{app.UniqueName}/AppModule.xml", new XElement("AppModule", XsiDeclaration(),
                    new XElement("UniqueName", app.UniqueName),
                    new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                    new XElement("WebResourceId", DefaultAppIcon),
                    new XElement("OptimizedFor", string.Empty),
                    new XElement("statecode", "0"),
                    new XElement("statuscode", "1"),
                    new XElement("FormFactor", "1"),
                    new XElement("ClientType", "4"),
                    new XElement("NavigationType", "0"),
                    new XElement("AppModuleComponents",
                        tables.Select(t => new XElement("AppModuleComponent", new XAttribute("type", "1"), new XAttribute("schemaName", t))),
                        forms.Select(id => new XElement("AppModuleComponent", new XAttribute("type", "60"), new XAttribute("id", id))),
                        new XElement("AppModuleComponent", new XAttribute("type", "62"), new XAttribute("schemaName", app.UniqueName))),
                    new XElement("AppModuleRoleMaps", model.Roles.Where(r => app.Roles.Contains(r.Name))
                        .Select(r => new XElement("Role", new XAttribute("id", SecurityWriter.RoleId(r))))),
                    Labels("LocalizedNames", "LocalizedName", app.Name),
                    Labels("Descriptions", "Description", app.Description)));

                output.Write($"AppModuleSiteMaps/{app.UniqueName}/AppModuleSiteMap.xml", new XElement("AppModuleSiteMap", XsiDeclaration(),
                    new XElement("SiteMapUniqueName", app.UniqueName),
                    new XElement("EnableCollapsibleGroups", "False"),
                    new XElement("ShowHome", "True"),
                    new XElement("ShowPinned", "True"),
                    new XElement("ShowRecents", "True"),
                    new XElement("SiteMap", new XAttribute("IntroducedVersion", "7.0.0.0"),
                        app.Areas.Select(area => new XElement("Area",
                            new XAttribute("Id", area.Id), new XAttribute("ShowGroups", "true"), new XAttribute("IntroducedVersion", "7.0.0.0"),
                            Titles(area.Title),
                            area.Groups.Select(group => new XElement("Group",
                                new XAttribute("Id", group.Id), new XAttribute("IsProfile", "false"), new XAttribute("IntroducedVersion", "7.0.0.0"),
                                Titles(group.Title),
                                group.SubAreas.Where(s => s.WebResource is null || WebResourcePresent(output.Root, s.WebResource)).Select(SubArea)))))),
                    Labels("LocalizedNames", "LocalizedName", app.Name)));
            }
        }

        private static XElement Titles(Label title) => new("Titles",
            new XElement("Title", new XAttribute("LCID", Label.EnglishCode), new XAttribute("Title", title.English)),
            new XElement("Title", new XAttribute("LCID", Label.JapaneseCode), new XAttribute("Title", title.Japanese)));

        private static XElement SubArea(SiteMapSubArea sub) => new("SubArea",
            new XAttribute("Id", sub.Id),
            sub.Table is not null ? new XAttribute("Entity", sub.Table) : null,
            sub.WebResource is not null ? new XAttribute("Url", "$webresource:" + sub.WebResource) : null,
            new XAttribute("Client", "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web"),
            new XAttribute("AvailableOffline", "true"),
            // A web resource gets the user's language (userlcid) and org in its query string only with PassParams.
            new XAttribute("PassParams", sub.WebResource is not null ? "true" : "false"),
            new XAttribute("Sku", "All,OnPremise,Live,SPLA"),
            Titles(sub.Title));
    }
}
