using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.ServiceModel;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Dataverse.Emulator;
using Dataverse.Emulator.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.OData;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.WebApi
{
    /// <summary>Answers one Web API request against the emulator: parses the URL with the OData libraries against the
    /// emulator's EDM model, runs the matching organization-service call (so every write goes through the plugin
    /// pipeline) and writes the Web API's JSON. Not thread-safe: the server calls it one request at a time.</summary>
    public sealed class WebApiRequestHandler
    {
        public const string ApiPath = "/api/data/v9.2/";
        private const int MaxPageSize = 5000;

        private readonly DataverseEmulator _emulator;
        private readonly DataverseEdmModel _model;
        private readonly RecordJsonReader _reader;
        private readonly Guid _defaultCaller;

        public WebApiRequestHandler(DataverseEmulator emulator, Guid? callerId = null)
        {
            _emulator = emulator;
            _model = DataverseEdmModel.Build(emulator.Metadata, emulator.CustomApis.Values);
            _reader = new RecordJsonReader(_model);
            _defaultCaller = callerId ?? emulator.SystemUserId;
        }

        public DataverseEdmModel Model => _model;

        /// <summary>One request: method, absolute URL, headers (name → values) and body.</summary>
        public ApiResponse Handle(string method, Uri url, IReadOnlyDictionary<string, string[]> headers, byte[] body)
        {
            var root = new Uri(url.GetLeftPart(UriPartial.Authority) + ApiPath);
            try
            {
                var relative = url.AbsolutePath.Substring(ApiPath.Length);
                if (relative == "$metadata")
                {
                    return Metadata();
                }

                if (relative.Length == 0)
                {
                    return ServiceDocument(root);
                }

                var parser = new ODataUriParser(_model.Model, root, url);
                var path = parser.ParsePath().ToList();
                var service = _emulator.CreateService(Caller(headers));
                var annotations = AnnotationFilter.FromPrefer(Values(headers, "Prefer"));
                return (method, path) switch
                {
                    ("GET", [EntitySetSegment set]) => Query(service, root, set, parser, headers, annotations, url),
                    ("POST", [EntitySetSegment set]) => Create(service, root, set, body, headers, annotations),
                    ("GET", [EntitySetSegment set, KeySegment key]) => Retrieve(service, root, set, Key(key), parser, annotations, ETag(headers, "If-None-Match")),
                    ("PATCH", [EntitySetSegment set, KeySegment key]) => Upsert(service, root, set, Key(key), body, headers),
                    ("DELETE", [EntitySetSegment set, KeySegment key]) => Delete(service, set, Key(key), ETag(headers, "If-Match")),
                    ("POST", [EntitySetSegment set, KeySegment key, OperationSegment operation]) => Operation(service, root, operation.Operations.First().Name, Table(set), Key(key), body, annotations),
                    ("GET", [EntitySetSegment set, KeySegment key, OperationSegment operation]) => Operation(service, root, operation.Operations.First().Name, Table(set), Key(key), body, annotations),
                    ("POST" or "GET", [OperationImportSegment import]) => Operation(service, root, import.OperationImports.First().Name, null, Guid.Empty, body, annotations),
                    _ => Error(405, "0x80060888", $"{method} is not supported on '{url.AbsolutePath}' by the emulator's Web API."),
                };
            }
            catch (ODataUnrecognizedPathException e)
            {
                return Error(404, "0x80060888", e.Message);
            }
            catch (ODataException e)
            {
                return Error(400, "0x80060888", e.Message);
            }
            catch (JsonException e)
            {
                return Error(400, "0x80060891", "The request body is not valid JSON: " + e.Message);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                return Error(StatusOf(fault.Detail.ErrorCode), Hex(fault.Detail.ErrorCode), fault.Detail.Message);
            }
        }

        // ------------------------------------------------------------------ reads

        private ApiResponse Query(IOrganizationService service, Uri root, EntitySetSegment set, ODataUriParser parser, IReadOnlyDictionary<string, string[]> headers, AnnotationFilter annotations, Uri url)
        {
            var table = Table(set);
            var writer = new RecordJsonWriter(_emulator.Metadata, annotations);
            var fetch = parser.CustomQueryOptions.FirstOrDefault(o => o.Key == "fetchXml").Value;
            if (fetch is not null)
            {
                return FetchXml(service, root, set, table, fetch, writer);
            }

            var translation = ODataQueryTranslator.Translate(table, parser);
            var query = translation.Query;
            var pageSize = PageSize(headers);
            var (pageNumber, cookie) = SkipToken(parser.ParseSkipToken());
            var withCount = parser.ParseCount() == true;
            if (query.TopCount is null)
            {
                query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = pageNumber, PagingCookie = cookie, ReturnTotalRecordCount = withCount };
            }

            var results = service.RetrieveMultiple(query);
            return Json(json =>
            {
                json.WriteStartObject();
                json.WriteString("@odata.context", root + "$metadata#" + set.EntitySet.Name + (translation.Selected.Count > 0 ? "(" + string.Join(",", translation.Selected) + ")" : string.Empty));
                if (withCount)
                {
                    json.WriteNumber("@odata.count", results.TotalRecordCount >= 0 ? results.TotalRecordCount : results.Entities.Count);
                }

                json.WriteStartArray("value");
                foreach (var record in results.Entities)
                {
                    json.WriteStartObject();
                    writer.WriteProperties(json, record, translation.Selected, Expand(service, record, translation.Expansions, translation.Selected));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (query.TopCount is null && results.MoreRecords)
                {
                    json.WriteString("@odata.nextLink", NextLink(url, pageNumber + 1, results.PagingCookie));
                }

                json.WriteEndObject();
            });
        }

        private static ApiResponse FetchXml(IOrganizationService service, Uri root, EntitySetSegment set, TableDefinition table, string fetch, RecordJsonWriter writer)
        {
            var entityName = (string?)ParseXml(fetch).Root?.Element("entity")?.Attribute("name");
            if (entityName != table.LogicalName)
            {
                throw new ODataException($"The FetchXML queries '{entityName}' but the request is for the entity set '{set.EntitySet.Name}' ({table.LogicalName}).");
            }

            var results = service.RetrieveMultiple(new FetchExpression(fetch));
            return Json(json =>
            {
                json.WriteStartObject();
                json.WriteString("@odata.context", root + "$metadata#" + set.EntitySet.Name);
                json.WriteStartArray("value");
                foreach (var record in results.Entities)
                {
                    // FetchXML results carry only the columns with a value, aggregates under their alias.
                    json.WriteStartObject();
                    writer.WriteProperties(json, record, null);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        private ApiResponse Retrieve(IOrganizationService service, Uri root, EntitySetSegment set, Guid id, ODataUriParser parser, AnnotationFilter annotations, string? unlessVersion)
        {
            var table = Table(set);
            var (selected, expansions) = ODataQueryTranslator.Selection(table, parser.ParseSelectAndExpand());
            var columns = selected.Count == 0 ? new ColumnSet(true) : new ColumnSet(selected.Select(DataverseEdmModel.ColumnOf).Concat(expansions.Select(e => e.Column)).Distinct().ToArray());
            var record = service.Retrieve(table.LogicalName, id, columns);
            if (unlessVersion is not null && unlessVersion == record.RowVersion)
            {
                // If-None-Match with the etag the caller holds: nothing changed, so nothing is sent (conditional retrieval).
                return new ApiResponse(304, new Dictionary<string, string>(), Array.Empty<byte>());
            }

            var writer = new RecordJsonWriter(_emulator.Metadata, annotations);
            return Json(json =>
            {
                json.WriteStartObject();
                json.WriteString("@odata.context", root + "$metadata#" + set.EntitySet.Name + (selected.Count > 0 ? "(" + string.Join(",", selected) + ")" : string.Empty) + "/$entity");
                writer.WriteProperties(json, record, selected, Expand(service, record, expansions, selected));
                json.WriteEndObject();
            });
        }

        /// <summary>Reads the expanded lookups; a lookup read only to expand it is then dropped from the record, since
        /// the caller did not $select it.</summary>
        private Dictionary<string, (Entity? Record, IReadOnlyList<string> Selected)>? Expand(IOrganizationService service, Entity record, IReadOnlyList<ODataQueryTranslator.Expansion> expansions, IReadOnlyList<string> selected)
        {
            if (expansions.Count == 0)
            {
                return null;
            }

            var expanded = new Dictionary<string, (Entity? Record, IReadOnlyList<string> Selected)>(StringComparer.Ordinal);
            foreach (var expansion in expansions)
            {
                Entity? related = null;
                if (record.GetAttributeValue<EntityReference>(expansion.Column) is { } reference
                    && (expansion.Target is null || expansion.Target == reference.LogicalName))
                {
                    var columns = expansion.Selected.Count == 0 ? new ColumnSet(true) : new ColumnSet(expansion.Selected.Select(DataverseEdmModel.ColumnOf).Distinct().ToArray());
                    var found = service.RetrieveMultiple(new QueryExpression(reference.LogicalName)
                    {
                        ColumnSet = columns,
                        Criteria = { Conditions = { new ConditionExpression(_emulator.Metadata.GetTable(reference.LogicalName).PrimaryIdAttribute, ConditionOperator.Equal, reference.Id) } },
                    });
                    related = found.Entities.FirstOrDefault();
                }

                expanded[expansion.Navigation] = (related, expansion.Selected);
            }

            foreach (var column in expansions.Select(e => e.Column).Where(c => selected.Count > 0 && !selected.Select(DataverseEdmModel.ColumnOf).Contains(c)))
            {
                record.Attributes.Remove(column);
            }

            return expanded;
        }

        // ------------------------------------------------------------------ writes

        private ApiResponse Create(IOrganizationService service, Uri root, EntitySetSegment set, byte[] body, IReadOnlyDictionary<string, string[]> headers, AnnotationFilter annotations)
        {
            var table = Table(set);
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            var record = _reader.Read(table, document.RootElement);
            var id = service.Create(record);
            var location = root + set.EntitySet.Name + "(" + id + ")";
            if (Values(headers, "Prefer").Any(p => p!.Contains("return=representation", StringComparison.OrdinalIgnoreCase)))
            {
                var created = service.Retrieve(table.LogicalName, id, new ColumnSet(true));
                var writer = new RecordJsonWriter(_emulator.Metadata, annotations);
                var response = Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("@odata.context", root + "$metadata#" + set.EntitySet.Name + "/$entity");
                    writer.WriteProperties(json, created, Array.Empty<string>());
                    json.WriteEndObject();
                });
                return response with { Status = 201, Headers = new Dictionary<string, string> { ["OData-EntityId"] = location, ["Preference-Applied"] = "return=representation" } };
            }

            return ApiResponse.NoContent(new Dictionary<string, string> { ["OData-EntityId"] = location });
        }

        private ApiResponse Upsert(IOrganizationService service, Uri root, EntitySetSegment set, Guid id, byte[] body, IReadOnlyDictionary<string, string[]> headers)
        {
            var table = Table(set);
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            var record = _reader.Read(table, document.RootElement, id);
            record[table.PrimaryIdAttribute] = id;
            var location = new Dictionary<string, string> { ["OData-EntityId"] = root + set.EntitySet.Name + "(" + id + ")" };
            if (ETag(headers, "If-Match") is { } version)
            {
                // Optimistic concurrency: the update happens only if the row is still at the version the caller read.
                record.RowVersion = version;
                service.Execute(new UpdateRequest { Target = record, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                return ApiResponse.NoContent(location);
            }

            if (Values(headers, "If-Match").Any(v => v == "*"))
            {
                // If-Match: * makes PATCH an update only: a missing record is a 404, never a new one (Learn: "Perform
                // conditional operations using the Web API", limited upsert operations).
                service.Update(record);
                return ApiResponse.NoContent(location);
            }

            if (Values(headers, "If-None-Match").Any(v => v == "*"))
            {
                // If-None-Match: * makes PATCH a create only: an existing record is a 412.
                if (Exists(service, table, id))
                {
                    return Error(412, "0x80040237", "A record with matching key values already exists.");
                }

                service.Create(record);
                return ApiResponse.NoContent(location);
            }

            service.Execute(new UpsertRequest { Target = record });
            return ApiResponse.NoContent(location);
        }

        private ApiResponse Delete(IOrganizationService service, EntitySetSegment set, Guid id, string? version)
        {
            if (version is null)
            {
                service.Delete(Table(set).LogicalName, id);
            }
            else
            {
                service.Execute(new DeleteRequest
                {
                    Target = new EntityReference(Table(set).LogicalName, id) { RowVersion = version },
                    ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
                });
            }

            return ApiResponse.NoContent();
        }

        /// <summary>The row version in an If-Match / If-None-Match header (W/"1234"), or null for none or "*".</summary>
        private static string? ETag(IReadOnlyDictionary<string, string[]> headers, string name)
        {
            var value = Values(headers, name).FirstOrDefault()?.Trim();
            if (string.IsNullOrEmpty(value) || value == "*")
            {
                return null;
            }

            if (value.StartsWith("W/", StringComparison.Ordinal))
            {
                value = value.Substring(2);
            }

            return value.Trim('"');
        }

        private static bool Exists(IOrganizationService service, TableDefinition table, Guid id) =>
            service.RetrieveMultiple(new QueryExpression(table.LogicalName)
            {
                ColumnSet = new ColumnSet(table.PrimaryIdAttribute),
                Criteria = { Conditions = { new ConditionExpression(table.PrimaryIdAttribute, ConditionOperator.Equal, id) } },
            }).Entities.Count > 0;

        // ------------------------------------------------------------------ messages

        private ApiResponse Operation(IOrganizationService service, Uri root, string name, TableDefinition? boundTable, Guid boundId, byte[] body, AnnotationFilter annotations)
        {
            if (name == DataverseEdmModel.WhoAmI)
            {
                var who = (WhoAmIResponse)service.Execute(new WhoAmIRequest());
                return Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("@odata.context", root + "$metadata#" + DataverseEdmModel.Namespace + ".WhoAmIResponse");
                    json.WriteString("BusinessUnitId", who.BusinessUnitId);
                    json.WriteString("UserId", who.UserId);
                    json.WriteString("OrganizationId", who.OrganizationId);
                    json.WriteEndObject();
                });
            }

            using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            if (name == DataverseEdmModel.ImportSolution)
            {
                SolutionImport.Import(service, document.RootElement, _emulator.Clock.UtcNow);
                return ApiResponse.NoContent();
            }

            var api = _model.Apis[name];
            var request = new OrganizationRequest(api.UniqueName);
            if (boundTable is not null)
            {
                request["Target"] = new EntityReference(boundTable.LogicalName, boundId);
            }

            var parameters = new MessageParameters(_emulator.Metadata, _reader);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var parameter = api.RequestParameters.FirstOrDefault(p => p.UniqueName == property.Name)
                    ?? throw new ODataException($"The parameter '{property.Name}' in the request payload is not a valid parameter for the operation '{api.UniqueName}'.");
                request[parameter.UniqueName] = parameters.Read(parameter.Type, property.Value);
            }

            var response = service.Execute(request);
            if (api.ResponseProperties.Count == 0)
            {
                return ApiResponse.NoContent();
            }

            return Json(json =>
            {
                json.WriteStartObject();
                json.WriteString("@odata.context", root + "$metadata#" + DataverseEdmModel.Namespace + "." + api.UniqueName + "Response");
                foreach (var property in api.ResponseProperties)
                {
                    json.WritePropertyName(property.UniqueName);
                    parameters.Write(json, response.Results.TryGetValue(property.UniqueName, out var value) ? value : null, annotations);
                }

                json.WriteEndObject();
            });
        }

        // ------------------------------------------------------------------ service documents

        private ApiResponse Metadata()
        {
            using var buffer = new MemoryStream();
            using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            {
                if (!CsdlWriter.TryWriteCsdl(_model.Model, xml, CsdlTarget.OData, out var errors))
                {
                    return Error(500, "0x80040216", "The emulator's metadata could not be written: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
                }
            }

            return new ApiResponse(200, new Dictionary<string, string>(), buffer.ToArray(), "application/xml");
        }

        private ApiResponse ServiceDocument(Uri root) => Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("@odata.context", root + "$metadata");
            json.WriteStartArray("value");
            foreach (var table in _emulator.Metadata.Tables.Values.Where(t => !t.IsIntersect && !string.IsNullOrEmpty(t.EntitySetName)).OrderBy(t => t.EntitySetName, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", table.EntitySetName);
                json.WriteString("kind", "EntitySet");
                json.WriteString("url", table.EntitySetName);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

        // ------------------------------------------------------------------ helpers of the protocol

        private TableDefinition Table(EntitySetSegment set) =>
            _model.TryGetTableBySet(set.EntitySet.Name, out var table) ? table : throw new ODataUnrecognizedPathException($"Resource not found for the segment '{set.EntitySet.Name}'.");

        private static Guid Key(KeySegment key) =>
            key.Keys.Single().Value is Guid id ? id : throw new ODataException("Records are addressed by their id (a Guid) in the emulator's Web API.");

        private Guid Caller(IReadOnlyDictionary<string, string[]> headers) =>
            Values(headers, "MSCRMCallerID").FirstOrDefault() is { } caller && Guid.TryParse(caller, out var id) ? id : _defaultCaller;

        private static IEnumerable<string?> Values(IReadOnlyDictionary<string, string[]> headers, string name) =>
            headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value);

        /// <summary>Prefer: odata.maxpagesize=N, at most 5,000 rows a page as in Dataverse.</summary>
        private static int PageSize(IReadOnlyDictionary<string, string[]> headers)
        {
            foreach (var preference in Values(headers, "Prefer").SelectMany(p => p!.Split(',')))
            {
                var parts = preference.Trim().Split('=', 2);
                if (parts.Length == 2 && parts[0].Trim().Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(parts[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0)
                {
                    return Math.Min(size, MaxPageSize);
                }
            }

            return MaxPageSize;
        }

        /// <summary>The skip token is a paging cookie element, as Dataverse's nextLink carries:
        /// &lt;cookie pagenumber="2" pagingcookie="..." /&gt;.</summary>
        private static (int Page, string? Cookie) SkipToken(string? token)
        {
            if (string.IsNullOrEmpty(token))
            {
                return (1, null);
            }

            var cookie = ParseXml(token).Root;
            if (cookie?.Name.LocalName != "cookie" || !int.TryParse((string?)cookie.Attribute("pagenumber"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) || page < 1)
            {
                throw new ODataException("The $skiptoken is not one this service issued: follow @odata.nextLink as given.");
            }

            return (page, (string?)cookie.Attribute("pagingcookie"));
        }

        private static string NextLink(Uri url, int page, string? pagingCookie)
        {
            var token = new XElement("cookie", new XAttribute("pagenumber", page), new XAttribute("pagingcookie", pagingCookie ?? string.Empty), new XAttribute("istracking", "False"))
                .ToString(SaveOptions.DisableFormatting);
            var query = (url.Query.Length > 1 ? url.Query.Substring(1) : string.Empty)
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("$skiptoken=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("%24skiptoken=", StringComparison.OrdinalIgnoreCase))
                .Append("$skiptoken=" + Uri.EscapeDataString(token));
            return url.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", query);
        }

        private static XDocument ParseXml(string text)
        {
            try
            {
                return XDocument.Parse(text);
            }
            catch (XmlException e)
            {
                throw new ODataException("The XML is not well formed: " + e.Message);
            }
        }

        private static ApiResponse Json(Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            // Relaxed escaping writes quotes as \" and non-ASCII text as is, the way Dataverse's responses read.
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(json);
            }

            return new ApiResponse(200, new Dictionary<string, string>(), buffer.ToArray());
        }

        /// <summary>The platform's error body: {"error":{"code":"0x...","message":"..."}}.</summary>
        public static ApiResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null)
        {
            var response = Json(json =>
            {
                json.WriteStartObject();
                json.WriteStartObject("error");
                json.WriteString("code", code);
                json.WriteString("message", message);
                json.WriteEndObject();
                json.WriteEndObject();
            });
            return response with { Status = status, Headers = headers ?? new Dictionary<string, string>() };
        }

        private static string Hex(int code) => "0x" + code.ToString("x8", CultureInfo.InvariantCulture);

        /// <summary>HTTP status of a platform fault, per the Web API's error handling: missing records 404, duplicate
        /// keys and concurrency conflicts 412, privilege errors 403, everything else (plugin refusals included) 400.</summary>
        private static int StatusOf(int code) => unchecked((uint)code) switch
        {
            0x80040217 => 404,
            0x80040237 or 0x80060892 or 0x80060882 => 412,
            0x80040220 or 0x8004140f => 403,
            _ => 400,
        };
    }
}
