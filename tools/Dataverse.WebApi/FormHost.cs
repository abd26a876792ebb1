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
    /// the table's main forms from the unpacked solution (FormXml) and shows the first one's sections with their column
    /// controls (edited and saved through the served Web API, so the plugins run) and web-resource controls (iframes
    /// under /WebResources/); it loads the form libraries and runs the onload and onchange handlers with an execution
    /// context, a form context and an Xrm client API over the served Web API. Only the Client API members scripts on
    /// our forms reach for are there (Learn: "Client API form context", "Attributes", "Controls",
    /// "formContext.ui.setFormNotification", "formContext.data.save", "getContentWindow"); the rest is absent, so a
    /// script that needs more fails visibly.</summary>
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

                var events = body.Element("events")?.Elements("event").ToList() ?? new List<XElement>();
                var definition = new FormDefinition(
                    (string?)form.Element("formid") ?? string.Empty,
                    form.Element("LocalizedNames")?.Elements("LocalizedName").Select(n => (string?)n.Attribute("description")).FirstOrDefault() ?? table,
                    body.Element("tabs")?.Elements("tab").SelectMany(t => t.Descendants("section")).Select(ReadSection).ToList() ?? new List<SectionDefinition>(),
                    body.Element("formLibraries")?.Elements("Library").Select(l => (string)l.Attribute("name")!).ToList() ?? new List<string>(),
                    Handlers(events.Where(e => (string?)e.Attribute("name") == "onload")),
                    events.Where(e => (string?)e.Attribute("name") == "onchange" && e.Attribute("attribute") is not null)
                        .SelectMany(e => Handlers(new[] { e }).Select(h => (Attribute: (string)e.Attribute("attribute")!, Handler: h)))
                        .ToList());
                if (!_forms.TryGetValue(table, out var list))
                {
                    _forms[table] = list = new List<FormDefinition>();
                }

                list.Add(definition);
            }
        }

        public sealed record FormDefinition(
            string Id,
            string Name,
            IReadOnlyList<SectionDefinition> Sections,
            IReadOnlyList<string> Libraries,
            IReadOnlyList<HandlerDefinition> OnLoad,
            IReadOnlyList<(string Attribute, HandlerDefinition Handler)> OnChange)
        {
            public IEnumerable<ControlDefinition> Controls => Sections.SelectMany(s => s.Controls);
        }

        public sealed record SectionDefinition(IReadOnlyDictionary<int, string> Labels, IReadOnlyList<ControlDefinition> Controls);

        /// <summary>A control on the form: a column (DataField) or a web resource (Url), with its cell's labels.</summary>
        public sealed record ControlDefinition(string Name, string? DataField, string? Url, IReadOnlyDictionary<int, string> Labels, bool Disabled);

        public sealed record HandlerDefinition(string FunctionName, bool PassExecutionContext, string Parameters);

        private static SectionDefinition ReadSection(XElement section) => new(
            Labels(section),
            section.Descendants("cell")
                .Select(cell => (cell, control: cell.Element("control")))
                .Where(c => c.control is not null)
                .Select(c => new ControlDefinition(
                    (string?)c.control!.Attribute("id") ?? string.Empty,
                    (string?)c.control.Attribute("datafieldname"),
                    string.Equals((string?)c.control.Attribute("classid"), WebResourceControl, StringComparison.OrdinalIgnoreCase) ? (string?)c.control.Element("parameters")?.Element("Url") : null,
                    Labels(c.cell),
                    (string?)c.control.Attribute("disabled") == "true"))
                .Where(c => c.DataField is not null || c.Url is not null)
                .ToList());

        private static IReadOnlyDictionary<int, string> Labels(XElement element) =>
            element.Element("labels")?.Elements("label")
                .Where(l => int.TryParse((string?)l.Attribute("languagecode"), out _))
                .GroupBy(l => int.Parse((string)l.Attribute("languagecode")!, System.Globalization.CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("description") ?? string.Empty)
            ?? new Dictionary<int, string>();

        private static List<HandlerDefinition> Handlers(IEnumerable<XElement> events) =>
            events.SelectMany(e => e.Element("Handlers")?.Elements("Handler") ?? Enumerable.Empty<XElement>())
                .Where(h => (string?)h.Attribute("enabled") != "false")
                .Select(h => new HandlerDefinition((string)h.Attribute("functionName")!, (string?)h.Attribute("passExecutionContext") == "true", (string?)h.Attribute("parameters") ?? string.Empty))
                .ToList();

        private static string Label(IReadOnlyDictionary<int, string> labels, int languageId, string fallback) =>
            labels.TryGetValue(languageId, out var label) || labels.TryGetValue(1033, out label) ? label : labels.Values.FirstOrDefault() ?? fallback;

        /// <summary>The Client API's attribute type for a column (Xrm.Attributes.AttributeType).</summary>
        private static string AttributeType(ColumnDefinition column) => column.Type switch
        {
            ColumnType.String or ColumnType.EntityName => "string",
            ColumnType.Memo => "memo",
            ColumnType.Integer or ColumnType.BigInt => "integer",
            ColumnType.Decimal => "decimal",
            ColumnType.Double => "double",
            ColumnType.Money => "money",
            ColumnType.Boolean => "boolean",
            ColumnType.DateTime => "datetime",
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => "lookup",
            ColumnType.MultiSelectPicklist => "multiselectoptionset",
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => "optionset",
            _ => "string",
        };

        /// <summary>The page for a record, or null when the table has no main form.</summary>
        public string? Page(string table, Guid id, string? formId, int languageId)
        {
            if (!_forms.TryGetValue(table, out var forms) || !_metadata.TryGetTable(table, out var definition))
            {
                return null;
            }

            var form = forms.FirstOrDefault(f => formId is not null && f.Id.Trim('{', '}').Equals(formId.Trim('{', '}'), StringComparison.OrdinalIgnoreCase))
                ?? forms.FirstOrDefault(f => f.Controls.Any(c => c.Url is not null) || f.OnLoad.Count > 0)
                ?? forms[0];

            var columns = form.Controls.Where(c => c.DataField is not null).Select(c => c.DataField!).Distinct()
                .Select(name => definition.TryGetColumn(name, out var column) ? column : null)
                .OfType<ColumnDefinition>()
                .ToList();
            var setup = JsonSerializer.Serialize(new
            {
                table,
                id = id.ToString(),
                primaryName = definition.PrimaryNameAttribute,
                languageId,
                entitySets = _metadata.Tables.Values.Where(t => !string.IsNullOrEmpty(t.EntitySetName)).ToDictionary(t => t.LogicalName, t => t.EntitySetName),
                sections = form.Sections.Select(s => new
                {
                    label = Label(s.Labels, languageId, string.Empty),
                    controls = s.Controls
                        .Where(c => c.Url is not null || columns.Any(column => column.LogicalName == c.DataField))
                        .Select(c => new
                        {
                            name = c.Name,
                            column = c.DataField,
                            url = c.Url,
                            label = Label(c.Labels, languageId, c.DataField ?? c.Name),
                            // Locked on the form, or a column no caller may update (system columns).
                            disabled = c.Disabled || (c.DataField is not null && definition.TryGetColumn(c.DataField, out var column) && !column.IsValidForUpdate),
                        }),
                }),
                columns = columns.ToDictionary(c => c.LogicalName, c => new
                {
                    type = AttributeType(c),
                    dateOnly = c.IsDateOnly,
                    required = c.RequiredLevel is RequiredLevel.ApplicationRequired or RequiredLevel.SystemRequired ? "required" : "none",
                    options = c.Options.OrderBy(o => o.Key).Select(o => new { value = o.Key, text = o.Value }),
                }),
                onLoad = form.OnLoad.Select(h => new { name = h.FunctionName, passContext = h.PassExecutionContext, parameters = h.Parameters }),
                onChange = form.OnChange.Select(h => new { attribute = h.Attribute, name = h.Handler.FunctionName, passContext = h.Handler.PassExecutionContext, parameters = h.Handler.Parameters }),
            });
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"").Append(languageId == 1041 ? "ja" : "en").Append("\"><head><meta charset=\"utf-8\"><title>")
                .Append(WebUtility.HtmlEncode(form.Name)).Append("</title><style>").Append(Style).Append("</style></head><body><header><div><h1 id=\"record-name\">&nbsp;</h1><p>")
                .Append(WebUtility.HtmlEncode(form.Name)).Append(" · ").Append(WebUtility.HtmlEncode(table))
                .Append(" · served by the emulator</p></div><button id=\"form-save\" type=\"button\">Save</button></header>")
                .Append("<div id=\"form-notifications\" role=\"status\" aria-live=\"polite\"></div><main id=\"form-body\"></main>")
                .Append("<script>window.__formSetup=").Append(setup.Replace("</", "<\\/", StringComparison.Ordinal)).Append(";</script>");
            foreach (var library in form.Libraries)
            {
                html.Append("<script src=\"/WebResources/").Append(WebUtility.HtmlEncode(library)).Append("\"></script>");
            }

            html.Append("<script>").Append(ClientApi.Value).Append("</script></body></html>");
            return html.ToString();
        }

        private const string Style =
            "body{margin:0;font-family:\"Segoe UI\",\"Yu Gothic UI\",system-ui,sans-serif;font-size:14px;background:#f3f2f1;color:#201f1e}"
            + "header{display:flex;justify-content:space-between;align-items:center;background:#fff;border-bottom:1px solid #e1dfdd;padding:10px 16px}"
            + "h1{font-size:18px;margin:0}header p{margin:2px 0 0;color:#605e5c;font-size:12px}h2{font-size:14px;margin:0 0 8px}"
            + "button{font:inherit;padding:5px 14px;border:1px solid #0f6cbd;border-radius:4px;background:#0f6cbd;color:#fff}button:disabled{opacity:.5}"
            + "#form-notifications div{padding:6px 16px;border-bottom:1px solid #e1dfdd}.INFO{background:#f0f6ff}.WARNING{background:#fff4ce}.ERROR{background:#fde7e9}"
            + "main{display:grid;gap:12px;padding:12px}section{background:#fff;border:1px solid #e1dfdd;border-radius:6px;padding:12px}"
            + ".field{display:grid;grid-template-columns:180px 1fr;gap:8px;align-items:start;padding:4px 0}.field label{color:#323130}"
            + ".required{color:#a4262c;margin-left:2px}.field-notification{color:#a4262c;font-size:12px;grid-column:2}"
            + "input,select,textarea{font:inherit;padding:3px 6px;border:1px solid #8a8886;border-radius:4px;width:100%;box-sizing:border-box}"
            + "input:disabled,select:disabled,textarea:disabled{background:#f3f2f1;color:#605e5c;border-color:#e1dfdd}"
            + "iframe{width:100%;min-height:780px;border:0}";

        private static readonly Lazy<string> ClientApi = new(() =>
        {
            using var stream = typeof(FormHost).Assembly.GetManifestResourceStream("Dataverse.WebApi.ClientApi.js")
                ?? throw new InvalidOperationException("ClientApi.js is not embedded in Dataverse.WebApi.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }
}
