using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Dataverse.Emulator.Metadata;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;

namespace Dataverse.WebApi
{
    /// <summary>Reads a create or update body into an Entity: columns by logical name converted by their type,
    /// lookups set with "navigation@odata.bind": "/entityset(id)", annotations ignored. A property the table does not
    /// have is refused with the platform's message, so nothing is half-written.</summary>
    public sealed class RecordJsonReader
    {
        private const string Bind = "@odata.bind";
        private readonly DataverseEdmModel _model;

        public RecordJsonReader(DataverseEdmModel model)
        {
            _model = model;
        }

        public Entity Read(TableDefinition table, JsonElement body, Guid id = default)
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                throw new ODataException("The request body must be a JSON object with the record's columns.");
            }

            var entity = new Entity(table.LogicalName) { Id = id };
            foreach (var property in body.EnumerateObject())
            {
                if (property.Name.EndsWith(Bind, StringComparison.Ordinal))
                {
                    var navigation = property.Name.Substring(0, property.Name.Length - Bind.Length);
                    var (column, target) = DataverseEdmModel.NavigationColumn(table, navigation);
                    if (!table.TryGetColumn(column, out var lookup) || !lookup.IsLookup)
                    {
                        throw new ODataException($"An undeclared property '{navigation}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.");
                    }

                    entity[column] = property.Value.ValueKind == JsonValueKind.Null ? null : Reference(property.Value.GetString() ?? string.Empty, target);
                    continue;
                }

                if (property.Name.Contains('@', StringComparison.Ordinal))
                {
                    continue; // instance annotations (@odata.type, formatted values) carry no column value
                }

                var name = DataverseEdmModel.ColumnOf(property.Name);
                if (!table.TryGetColumn(name, out var definition) || (definition.IsLookup && name == property.Name))
                {
                    throw new ODataException($"The property '{property.Name}' does not exist on type '{DataverseEdmModel.Namespace}.{table.LogicalName}'. Make sure to only use property names that are defined by the type.");
                }

                if (definition.IsLookup)
                {
                    throw new ODataException($"'{property.Name}' is read-only: set the lookup with \"{name}@odata.bind\": \"/<entity set>(<id>)\".");
                }

                entity[name] = Value(definition, property.Value);
            }

            return entity;
        }

        /// <summary>"/accounts(00000000-...)" or a full URL ending so → an EntityReference.</summary>
        public EntityReference Reference(string bind, string? expectedTable)
        {
            var path = bind;
            var api = path.IndexOf("/api/data/", StringComparison.OrdinalIgnoreCase);
            if (api >= 0)
            {
                path = path.Substring(path.IndexOf('/', api + "/api/data/".Length) + 1);
            }

            path = path.TrimStart('/');
            var open = path.IndexOf('(');
            if (open <= 0 || !path.EndsWith(')') || !Guid.TryParse(path.AsSpan(open + 1, path.Length - open - 2), out var id))
            {
                throw new ODataException($"'{bind}' is not a record reference: use \"/<entity set>(<id>)\".");
            }

            var set = path.Substring(0, open);
            if (!_model.TryGetTableBySet(set, out var target))
            {
                throw new ODataException($"Resource not found for the segment '{set}'.");
            }

            if (expectedTable is not null && expectedTable != target.LogicalName)
            {
                throw new ODataException($"'{bind}' is a {target.LogicalName} record; this lookup needs a {expectedTable}.");
            }

            return new EntityReference(target.LogicalName, id);
        }

        public static object? Value(ColumnDefinition column, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            try
            {
                return column.Type switch
                {
                    ColumnType.String or ColumnType.Memo or ColumnType.EntityName => value.GetString(),
                    ColumnType.Integer => value.GetInt32(),
                    ColumnType.BigInt => value.GetInt64(),
                    ColumnType.Decimal => value.GetDecimal(),
                    ColumnType.Double => value.GetDouble(),
                    ColumnType.Money => new Money(value.GetDecimal()),
                    ColumnType.Boolean => value.GetBoolean(),
                    ColumnType.DateTime => Date(value.GetString() ?? string.Empty, column.IsDateOnly),
                    ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(value.GetInt32()),
                    ColumnType.MultiSelectPicklist => new OptionSetValueCollection((value.GetString() ?? string.Empty)
                        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => new OptionSetValue(int.Parse(v, CultureInfo.InvariantCulture))).ToList()),
                    ColumnType.UniqueIdentifier => value.GetGuid(),
                    _ => throw new ODataException($"The column '{column.LogicalName}' cannot be written through the emulator's Web API."),
                };
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
            {
                throw new ODataException($"Cannot convert the literal '{value.GetRawText()}' to the expected type of '{column.LogicalName}' ({column.Type}).");
            }
        }

        public static DateTime Date(string text, bool dateOnly)
        {
            if (dateOnly && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return DateTime.SpecifyKind(day, DateTimeKind.Utc);
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant.UtcDateTime;
            }

            throw new FormatException($"'{text}' is not a date.");
        }
    }
}
