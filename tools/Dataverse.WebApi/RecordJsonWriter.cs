using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.WebApi
{
    /// <summary>Writes records the way the Web API returns them: the primary key always, selected columns (null when
    /// empty), lookups as "_name_value" with their logical-name, navigation-property and formatted-value
    /// annotations, choices as integers, DateOnly columns as yyyy-MM-dd, other dates in UTC, money as a number, the
    /// row version as @odata.etag, linked columns of FetchXML as "alias_x002e_column".</summary>
    /// <remarks>Shapes read in Microsoft Learn: "Query data using the Web API" (lookup properties and annotations),
    /// "Include formatted values" (Prefer odata.include-annotations) and "Use FetchXml with the Web API".</remarks>
    public sealed class RecordJsonWriter
    {
        public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
        public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
        public const string NavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";

        private readonly MetadataCatalog _metadata;
        private readonly AnnotationFilter _annotations;

        public RecordJsonWriter(MetadataCatalog metadata, AnnotationFilter annotations)
        {
            _metadata = metadata;
            _annotations = annotations;
        }

        /// <summary>Writes one record's properties (the caller writes the braces and any @odata.context). Selected: the
        /// $select list (empty: every column); null writes only the columns the record has (FetchXML, message results).</summary>
        public void WriteProperties(Utf8JsonWriter json, Entity record, IReadOnlyList<string>? selected, IReadOnlyDictionary<string, (Entity? Record, IReadOnlyList<string> Selected)>? expanded = null)
        {
            _metadata.TryGetTable(record.LogicalName, out var table);
            if (!string.IsNullOrEmpty(record.RowVersion))
            {
                json.WriteString("@odata.etag", "W/\"" + record.RowVersion + "\"");
            }

            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attribute in record.Attributes)
            {
                ColumnDefinition? column = null;
                table?.TryGetColumn(attribute.Key, out column);
                var name = Write(json, attribute.Key, attribute.Value, column, record.FormattedValues);
                written.Add(name);
            }

            if (table is not null && selected is not null)
            {
                // Selected (or, with no $select, all readable) columns without a value come back as null.
                var wanted = selected.Count > 0
                    ? selected
                    : (IEnumerable<string>)table.Columns.Values.Where(c => c.IsValidForRead).Select(c => c.IsLookup ? DataverseEdmModel.LookupProperty(c.LogicalName) : c.LogicalName);
                foreach (var property in wanted.Where(p => !written.Contains(p)))
                {
                    json.WriteNull(property);
                }

            }

            if (table is not null && !written.Contains(table.PrimaryIdAttribute) && record.Id != Guid.Empty)
            {
                json.WriteString(table.PrimaryIdAttribute, record.Id);
            }

            foreach (var pair in expanded ?? new Dictionary<string, (Entity? Record, IReadOnlyList<string> Selected)>())
            {
                json.WritePropertyName(pair.Key);
                if (pair.Value.Record is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteStartObject();
                    WriteProperties(json, pair.Value.Record, pair.Value.Selected);
                    json.WriteEndObject();
                }
            }
        }

        /// <summary>Writes one column and its annotations; returns the Web API property name used.</summary>
        private string Write(Utf8JsonWriter json, string key, object? value, ColumnDefinition? column, FormattedValueCollection formatted)
        {
            formatted.TryGetValue(key, out var text);
            var property = key.Replace(".", "_x002e_", StringComparison.Ordinal);
            if (value is AliasedValue aliased)
            {
                value = aliased.Value;
            }

            if (value is EntityReference reference)
            {
                // Linked or aggregated lookups keep their alias; the record's own lookups are "_name_value".
                property = key.Contains('.', StringComparison.Ordinal) ? property : DataverseEdmModel.LookupProperty(key);
                if (_annotations.Includes(FormattedValue) && (text ?? reference.Name) is { } name)
                {
                    json.WriteString(property + "@" + FormattedValue, name);
                }

                if (_annotations.Includes(NavigationProperty))
                {
                    var navigation = column is not null && column.Targets.Count > 1 ? key + "_" + reference.LogicalName : key;
                    json.WriteString(property + "@" + NavigationProperty, navigation);
                }

                if (_annotations.Includes(LookupLogicalName))
                {
                    json.WriteString(property + "@" + LookupLogicalName, reference.LogicalName);
                }

                json.WriteString(property, reference.Id);
                return property;
            }

            if (text is not null && _annotations.Includes(FormattedValue))
            {
                json.WriteString(property + "@" + FormattedValue, text);
            }

            json.WritePropertyName(property);
            WriteValue(json, value, column?.IsDateOnly == true);
            return property;
        }

        public static void WriteValue(Utf8JsonWriter json, object? value, bool dateOnly = false)
        {
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string s:
                    json.WriteStringValue(s);
                    break;
                case bool b:
                    json.WriteBooleanValue(b);
                    break;
                case int i:
                    json.WriteNumberValue(i);
                    break;
                case long l:
                    json.WriteNumberValue(l);
                    break;
                case decimal d:
                    json.WriteNumberValue(d);
                    break;
                case double d:
                    json.WriteNumberValue(d);
                    break;
                case Money money:
                    json.WriteNumberValue(money.Value);
                    break;
                case OptionSetValue option:
                    json.WriteNumberValue(option.Value);
                    break;
                case OptionSetValueCollection options:
                    json.WriteStringValue(string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))));
                    break;
                case Guid g:
                    json.WriteStringValue(g);
                    break;
                case DateTime date when dateOnly:
                    json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case DateTime date:
                    var utc = date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc);
                    json.WriteStringValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    break;
                case EntityReference reference:
                    json.WriteStartObject();
                    json.WriteString("@odata.type", "#" + DataverseEdmModel.Namespace + "." + reference.LogicalName);
                    json.WriteString(reference.LogicalName + "id", reference.Id);
                    json.WriteEndObject();
                    break;
                default:
                    json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
