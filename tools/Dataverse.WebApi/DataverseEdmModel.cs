using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Pipeline;
using Microsoft.OData.Edm;

namespace Dataverse.WebApi
{
    /// <summary>The EDM model of the emulated environment, shaped like Dataverse's $metadata: namespace
    /// Microsoft.Dynamics.CRM, one entity type per table keyed by its primary id, lookups as "_name_value" Guid
    /// properties plus single-valued navigation properties named after the lookup, choices as Edm.Int32, DateOnly
    /// columns as Edm.Date, custom APIs as actions and functions (bound ones bound to their table's type).</summary>
    /// <remarks>Read in Microsoft Learn "Web API EntityType / Property / Lookup properties" and "Use Web API actions":
    /// the lookup property names, the Edm types and the namespace. Real navigation properties of custom lookups carry
    /// the lookup's schema name (csx_AccountId); the emulator knows only logical names, so it uses those.</remarks>
    public sealed class DataverseEdmModel
    {
        public const string Namespace = "Microsoft.Dynamics.CRM";

        private readonly Dictionary<string, TableDefinition> _tablesBySet = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EdmEntityType> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CustomApiRegistration> _apis = new(StringComparer.OrdinalIgnoreCase);

        private DataverseEdmModel(EdmModel model)
        {
            Model = model;
        }

        public IEdmModel Model { get; }

        public IReadOnlyDictionary<string, CustomApiRegistration> Apis => _apis;

        /// <summary>The built-in messages the Web API offers besides the custom APIs.</summary>
        public const string WhoAmI = "WhoAmI", ImportSolution = "ImportSolution";

        public static DataverseEdmModel Build(MetadataCatalog metadata, IEnumerable<CustomApiRegistration> customApis)
        {
            var model = new EdmModel();
            var result = new DataverseEdmModel(model);
            var container = new EdmEntityContainer(Namespace, "System");
            model.AddElement(container);
            var sets = new Dictionary<string, EdmEntitySet>(StringComparer.Ordinal);
            var tables = metadata.Tables.Values.Where(t => !t.IsIntersect && !string.IsNullOrEmpty(t.EntitySetName)).ToList();

            foreach (var table in tables)
            {
                var type = new EdmEntityType(Namespace, table.LogicalName);
                var key = type.AddStructuralProperty(table.PrimaryIdAttribute, EdmPrimitiveTypeKind.Guid, isNullable: false);
                type.AddKeys(key);
                foreach (var column in table.Columns.Values.Where(c => c.LogicalName != table.PrimaryIdAttribute && c.IsValidForRead))
                {
                    if (column.IsLookup)
                    {
                        type.AddStructuralProperty(LookupProperty(column.LogicalName), EdmPrimitiveTypeKind.Guid, isNullable: true);
                    }
                    else
                    {
                        type.AddStructuralProperty(column.LogicalName, PrimitiveKind(column), isNullable: true);
                    }
                }

                model.AddElement(type);
                result._types[table.LogicalName] = type;
                sets[table.LogicalName] = container.AddEntitySet(table.EntitySetName, type);
                result._tablesBySet[table.EntitySetName] = table;
            }

            foreach (var table in tables)
            {
                var type = result._types[table.LogicalName];
                foreach (var column in table.Columns.Values.Where(c => c.IsLookup && c.IsValidForRead))
                {
                    var targets = column.Targets.Where(result._types.ContainsKey).ToList();
                    foreach (var target in targets)
                    {
                        // A lookup to several tables has one navigation property per target (parentcustomerid_account).
                        var name = targets.Count == 1 ? column.LogicalName : column.LogicalName + "_" + target;
                        var navigation = type.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                        {
                            Name = name,
                            Target = result._types[target],
                            TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
                        });
                        sets[table.LogicalName].AddNavigationTarget(navigation, sets[target]);
                    }
                }
            }

            // Entity-typed parameters and results of messages are typed as the platform's abstract base.
            var baseEntity = new EdmEntityType(Namespace, "crmbaseentity", null, isAbstract: true, isOpen: true);
            model.AddElement(baseEntity);

            foreach (var api in customApis)
            {
                result._apis[api.UniqueName] = api;
                var response = new EdmComplexType(Namespace, api.UniqueName + "Response", null, isAbstract: false, isOpen: true);
                model.AddElement(response);
                var responseReference = new EdmComplexTypeReference(response, isNullable: true);
                var bound = api.BoundEntity is not null && result._types.TryGetValue(api.BoundEntity, out var boundType) ? boundType : null;
                EdmOperation operation = api.IsFunction
                    ? new EdmFunction(Namespace, api.UniqueName, responseReference, isBound: bound is not null, entitySetPathExpression: null, isComposable: false)
                    : new EdmAction(Namespace, api.UniqueName, responseReference, isBound: bound is not null, entitySetPathExpression: null);
                if (bound is not null)
                {
                    operation.AddParameter("entity", new EdmEntityTypeReference(bound, isNullable: false));
                }

                foreach (var parameter in api.RequestParameters)
                {
                    operation.AddParameter(parameter.UniqueName, ParameterType(parameter.Type, baseEntity));
                }

                model.AddElement(operation);
                if (bound is null)
                {
                    if (operation is EdmFunction function)
                    {
                        container.AddFunctionImport(api.UniqueName, function);
                    }
                    else
                    {
                        container.AddActionImport(api.UniqueName, (EdmAction)operation);
                    }
                }
            }

            var whoAmIResponse = new EdmComplexType(Namespace, "WhoAmIResponse");
            whoAmIResponse.AddStructuralProperty("BusinessUnitId", EdmPrimitiveTypeKind.Guid, isNullable: false);
            whoAmIResponse.AddStructuralProperty("UserId", EdmPrimitiveTypeKind.Guid, isNullable: false);
            whoAmIResponse.AddStructuralProperty("OrganizationId", EdmPrimitiveTypeKind.Guid, isNullable: false);
            model.AddElement(whoAmIResponse);
            var whoAmI = new EdmFunction(Namespace, WhoAmI, new EdmComplexTypeReference(whoAmIResponse, isNullable: false), isBound: false, entitySetPathExpression: null, isComposable: false);
            model.AddElement(whoAmI);
            container.AddFunctionImport(WhoAmI, whoAmI);

            var import = new EdmAction(Namespace, ImportSolution, null, isBound: false, entitySetPathExpression: null);
            import.AddParameter("OverwriteUnmanagedCustomizations", EdmCoreModel.Instance.GetBoolean(false));
            import.AddParameter("PublishWorkflows", EdmCoreModel.Instance.GetBoolean(false));
            import.AddParameter("CustomizationFile", EdmCoreModel.Instance.GetBinary(false));
            import.AddParameter("ImportJobId", EdmCoreModel.Instance.GetGuid(false));
            model.AddElement(import);
            container.AddActionImport(ImportSolution, import);

            return result;
        }

        public bool TryGetTableBySet(string entitySet, out TableDefinition table) => _tablesBySet.TryGetValue(entitySet, out table!);

        /// <summary>The Web API name of a lookup column's value property.</summary>
        public static string LookupProperty(string column) => "_" + column + "_value";

        /// <summary>The column behind a property name: "_x_value" is lookup x; anything else is itself.</summary>
        public static string ColumnOf(string property) =>
            property.Length > 7 && property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal)
                ? property.Substring(1, property.Length - 7)
                : property;

        /// <summary>The column and target table behind a navigation property name (see <see cref="Build"/>).</summary>
        public static (string Column, string? Target) NavigationColumn(TableDefinition table, string navigation)
        {
            if (table.TryGetColumn(navigation, out var column) && column.IsLookup)
            {
                return (navigation, column.Targets.Count == 1 ? column.Targets[0] : null);
            }

            var split = navigation.LastIndexOf('_');
            if (split > 0 && table.TryGetColumn(navigation.Substring(0, split), out column) && column.IsLookup)
            {
                return (column.LogicalName, navigation.Substring(split + 1));
            }

            return (navigation, null);
        }

        private static EdmPrimitiveTypeKind PrimitiveKind(ColumnDefinition column) => column.Type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName or ColumnType.MultiSelectPicklist => EdmPrimitiveTypeKind.String,
            ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => EdmPrimitiveTypeKind.Int32,
            ColumnType.BigInt => EdmPrimitiveTypeKind.Int64,
            ColumnType.Decimal or ColumnType.Money => EdmPrimitiveTypeKind.Decimal,
            ColumnType.Double => EdmPrimitiveTypeKind.Double,
            ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
            ColumnType.DateTime => column.IsDateOnly ? EdmPrimitiveTypeKind.Date : EdmPrimitiveTypeKind.DateTimeOffset,
            ColumnType.UniqueIdentifier => EdmPrimitiveTypeKind.Guid,
            _ => EdmPrimitiveTypeKind.String,
        };

        private static IEdmTypeReference ParameterType(CustomApiParameterType type, EdmEntityType baseEntity) => type switch
        {
            CustomApiParameterType.Boolean => EdmCoreModel.Instance.GetBoolean(true),
            CustomApiParameterType.DateTime => EdmCoreModel.Instance.GetDateTimeOffset(true),
            CustomApiParameterType.Decimal or CustomApiParameterType.Money => EdmCoreModel.Instance.GetDecimal(true),
            CustomApiParameterType.Float => EdmCoreModel.Instance.GetDouble(true),
            CustomApiParameterType.Integer or CustomApiParameterType.Picklist => EdmCoreModel.Instance.GetInt32(true),
            CustomApiParameterType.Guid => EdmCoreModel.Instance.GetGuid(true),
            CustomApiParameterType.StringArray => new EdmCollectionTypeReference(new EdmCollectionType(EdmCoreModel.Instance.GetString(true))),
            CustomApiParameterType.EntityCollection => new EdmCollectionTypeReference(new EdmCollectionType(new EdmEntityTypeReference(baseEntity, true))),
            CustomApiParameterType.Entity or CustomApiParameterType.EntityReference => new EdmEntityTypeReference(baseEntity, true),
            _ => EdmCoreModel.Instance.GetString(true),
        };
    }
}
