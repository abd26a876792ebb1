using System;
using System.Linq;
using System.Text.Json;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Pipeline;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;

namespace Dataverse.WebApi
{
    /// <summary>Custom API parameters and response properties between JSON and SDK values, by the parameter's type:
    /// records as objects with "@odata.type" and their primary key (Learn: "Use Web API actions", entity-typed
    /// parameters), dates in ISO 8601, choices and numbers as numbers.</summary>
    public sealed class MessageParameters
    {
        private readonly MetadataCatalog _metadata;
        private readonly RecordJsonReader _reader;

        public MessageParameters(MetadataCatalog metadata, RecordJsonReader reader)
        {
            _metadata = metadata;
            _reader = reader;
        }

        public object? Read(CustomApiParameterType type, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            try
            {
                return type switch
                {
                    CustomApiParameterType.Boolean => value.GetBoolean(),
                    CustomApiParameterType.DateTime => RecordJsonReader.Date(value.GetString() ?? string.Empty, dateOnly: false),
                    CustomApiParameterType.Decimal => value.GetDecimal(),
                    CustomApiParameterType.Float => value.GetDouble(),
                    CustomApiParameterType.Integer => value.GetInt32(),
                    CustomApiParameterType.Money => new Money(value.GetDecimal()),
                    CustomApiParameterType.Picklist => new OptionSetValue(value.GetInt32()),
                    CustomApiParameterType.String => value.GetString(),
                    CustomApiParameterType.StringArray => value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray(),
                    CustomApiParameterType.Guid => value.GetGuid(),
                    CustomApiParameterType.EntityReference => Reference(value),
                    CustomApiParameterType.Entity => Record(value),
                    CustomApiParameterType.EntityCollection => new EntityCollection(value.EnumerateArray().Select(Record).ToList()),
                    _ => throw new ODataException($"Parameters of type {type} are not supported by the emulator's Web API."),
                };
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
            {
                throw new ODataException($"Cannot convert the literal '{value.GetRawText()}' to the expected type {type}.");
            }
        }

        private TableDefinition TypeOf(JsonElement value)
        {
            var type = value.TryGetProperty("@odata.type", out var declared) ? declared.GetString() ?? string.Empty : string.Empty;
            var name = type.TrimStart('#');
            if (name.StartsWith(DataverseEdmModel.Namespace + ".", StringComparison.Ordinal))
            {
                name = name.Substring(DataverseEdmModel.Namespace.Length + 1);
            }

            return _metadata.TryGetTable(name, out var table)
                ? table
                : throw new ODataException($"A record parameter needs \"@odata.type\": \"Microsoft.Dynamics.CRM.<table>\"; '{type}' is not a table.");
        }

        private EntityReference Reference(JsonElement value)
        {
            var table = TypeOf(value);
            return value.TryGetProperty(table.PrimaryIdAttribute, out var id)
                ? new EntityReference(table.LogicalName, id.GetGuid())
                : throw new ODataException($"A {table.LogicalName} reference needs its '{table.PrimaryIdAttribute}'.");
        }

        private Entity Record(JsonElement value)
        {
            var table = TypeOf(value);
            var id = value.TryGetProperty(table.PrimaryIdAttribute, out var key) ? key.GetGuid() : Guid.Empty;
            var properties = JsonSerializer.SerializeToElement(value.EnumerateObject()
                .Where(p => p.Name != table.PrimaryIdAttribute)
                .ToDictionary(p => p.Name, p => p.Value));
            return _reader.Read(table, properties, id);
        }

        public void Write(Utf8JsonWriter json, object? value, AnnotationFilter annotations)
        {
            switch (value)
            {
                case EntityReference reference:
                    json.WriteStartObject();
                    json.WriteString("@odata.type", "#" + DataverseEdmModel.Namespace + "." + reference.LogicalName);
                    json.WriteString(PrimaryId(reference.LogicalName), reference.Id);
                    json.WriteEndObject();
                    break;
                case Entity record:
                    WriteRecord(json, record, annotations);
                    break;
                case EntityCollection records:
                    json.WriteStartArray();
                    foreach (var record in records.Entities)
                    {
                        WriteRecord(json, record, annotations);
                    }

                    json.WriteEndArray();
                    break;
                case string[] texts:
                    json.WriteStartArray();
                    foreach (var text in texts)
                    {
                        json.WriteStringValue(text);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    RecordJsonWriter.WriteValue(json, value);
                    break;
            }
        }

        private void WriteRecord(Utf8JsonWriter json, Entity record, AnnotationFilter annotations)
        {
            json.WriteStartObject();
            json.WriteString("@odata.type", "#" + DataverseEdmModel.Namespace + "." + record.LogicalName);
            new RecordJsonWriter(_metadata, annotations).WriteProperties(json, record, null);
            json.WriteEndObject();
        }

        private string PrimaryId(string table) => _metadata.TryGetTable(table, out var definition) ? definition.PrimaryIdAttribute : table + "id";
    }
}
