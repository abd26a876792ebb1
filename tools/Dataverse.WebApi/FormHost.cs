using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Dataverse.Emulator.Metadata;

namespace Dataverse.WebApi
{
    /// <summary>A stand-in for the model-driven form at /main.aspx?pagetype=entityrecord&amp;etn=..&amp;id=..: it reads
    /// the table's main forms from the unpacked solution (FormXml), shows each web-resource control in an iframe under
    /// /WebResources/, loads the form libraries and runs the onload handlers with an execution context, a form context
    /// and an Xrm client API whose WebApi calls the served Web API. Only what web resources on a form reach for is
    /// there: Xrm.WebApi reads and writes, Xrm.Utility.getGlobalContext().userSettings, formContext.data.entity and
    /// getControl(name).getContentWindow() (Learn: "Client API form context", "getContentWindow").</summary>
    public sealed class FormHost
    {
        private const string WebResourceControl = "{9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}";
        private readonly Dictionary<string, List<FormDefinition>> _forms = new(StringComparer.Ordinal);
        private readonly MetadataCatalog _metadata;

        public FormHost(MetadataCatalog metadata, string solutionFolder)
        {
            _metadata = metadata;
            var entities = Path.Combine(solutionFolder, "Entities");
            if (!Directory.Exists(entities))
            {
                return;
            }

            foreach (var file in Directory.EnumerateFiles(entities, "*.xml", SearchOption.AllDirectories)
                         .Where(f => f.Contains(Path.DirectorySeparatorChar + "FormXml" + Path.DirectorySeparatorChar + "main" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                         .OrderBy(f => f, StringComparer.Ordinal))
            {
                var table = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(file))))!.ToLowerInvariant();
                var form = XDocument.Load(file).Root?.Element("systemform");
                if (form?.Element("form") is not { } body)
                {
                    continue;
                }

                var definition = new FormDefinition(
                    (string?)form.Element("formid") ?? string.Empty,
                    form.Element("LocalizedNames")?.Elements("LocalizedName").Select(n => (string?)n.Attribute("description")).FirstOrDefault() ?? table,
                    body.Descendants("control")
                        .Where(c => string.Equals((string?)c.Attribute("classid"), WebResourceControl, StringComparison.OrdinalIgnoreCase))
                        .Select(c => new WebResourceControlDefinition((string)c.Attribute("id")!, (string?)c.Element("parameters")?.Element("Url") ?? string.Empty))
                        .Where(c => c.Url.Length > 0)
                        .ToList(),
                    body.Element("formLibraries")?.Elements("Library").Select(l => (string)l.Attribute("name")!).ToList() ?? new List<string>(),
                    body.Element("events")?.Elements("event").Where(e => (string?)e.Attribute("name") == "onload")
                        .SelectMany(e => e.Element("Handlers")?.Elements("Handler") ?? Enumerable.Empty<XElement>())
                        .Where(h => (string?)h.Attribute("enabled") != "false")
                        .Select(h => new HandlerDefinition((string)h.Attribute("functionName")!, (string?)h.Attribute("passExecutionContext") == "true", (string?)h.Attribute("parameters") ?? string.Empty))
                        .ToList() ?? new List<HandlerDefinition>());
                if (!_forms.TryGetValue(table, out var list))
                {
                    _forms[table] = list = new List<FormDefinition>();
                }

                list.Add(definition);
            }
        }

        public sealed record FormDefinition(string Id, string Name, IReadOnlyList<WebResourceControlDefinition> WebResources, IReadOnlyList<string> Libraries, IReadOnlyList<HandlerDefinition> OnLoad);

        public sealed record WebResourceControlDefinition(string Name, string Url);

        public sealed record HandlerDefinition(string FunctionName, bool PassExecutionContext, string Parameters);

        /// <summary>The page for a record, or null when the table has no main form with web resources or scripts.</summary>
        public string? Page(string table, Guid id, string? formId, int languageId)
        {
            if (!_forms.TryGetValue(table, out var forms) || !_metadata.TryGetTable(table, out var definition))
            {
                return null;
            }

            var form = forms.FirstOrDefault(f => formId is not null && f.Id.Trim('{', '}').Equals(formId.Trim('{', '}'), StringComparison.OrdinalIgnoreCase))
                ?? forms.FirstOrDefault(f => f.WebResources.Count > 0 || f.OnLoad.Count > 0);
            if (form is null)
            {
                return null;
            }

            var setup = JsonSerializer.Serialize(new
            {
                table,
                id = id.ToString(),
                primaryName = definition.PrimaryNameAttribute,
                languageId,
                entitySets = _metadata.Tables.Values.Where(t => !string.IsNullOrEmpty(t.EntitySetName)).ToDictionary(t => t.LogicalName, t => t.EntitySetName),
                controls = form.WebResources.Select(c => c.Name).ToArray(),
                onLoad = form.OnLoad.Select(h => new { name = h.FunctionName, passContext = h.PassExecutionContext, parameters = h.Parameters }).ToArray(),
            });
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"").Append(languageId == 1041 ? "ja" : "en").Append("\"><head><meta charset=\"utf-8\"><title>")
                .Append(WebUtility.HtmlEncode(form.Name)).Append("</title><style>")
                .Append("body{margin:0;font-family:\"Segoe UI\",\"Yu Gothic UI\",system-ui,sans-serif;background:#f3f2f1;color:#201f1e}")
                .Append("header{background:#fff;border-bottom:1px solid #e1dfdd;padding:10px 16px}h1{font-size:18px;margin:0}header p{margin:2px 0 0;color:#605e5c;font-size:12px}")
                .Append("main{display:grid;gap:12px;padding:12px}iframe{width:100%;min-height:780px;border:1px solid #e1dfdd;border-radius:6px;background:#fff}")
                .Append("</style></head><body><header><h1 id=\"record-name\">&nbsp;</h1><p>")
                .Append(WebUtility.HtmlEncode(form.Name)).Append(" · ").Append(WebUtility.HtmlEncode(table)).Append(" · served by the emulator</p></header><main>");
            foreach (var control in form.WebResources)
            {
                html.Append("<iframe id=\"").Append(WebUtility.HtmlEncode(control.Name)).Append("\" title=\"").Append(WebUtility.HtmlEncode(control.Name))
                    .Append("\" src=\"/WebResources/").Append(WebUtility.HtmlEncode(control.Url)).Append("\"></iframe>");
            }

            html.Append("</main><script>window.__formSetup=").Append(setup.Replace("</", "<\\/", StringComparison.Ordinal)).Append(";</script>");
            foreach (var library in form.Libraries)
            {
                html.Append("<script src=\"/WebResources/").Append(WebUtility.HtmlEncode(library)).Append("\"></script>");
            }

            html.Append("<script>").Append(ClientApi.Value).Append("</script></body></html>");
            return html.ToString();
        }

        private static readonly Lazy<string> ClientApi = new(() =>
        {
            using var stream = typeof(FormHost).Assembly.GetManifestResourceStream("Dataverse.WebApi.ClientApi.js")
                ?? throw new InvalidOperationException("ClientApi.js is not embedded in Dataverse.WebApi.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }
}
