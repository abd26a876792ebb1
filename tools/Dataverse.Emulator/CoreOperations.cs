using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Pipeline;
using Dataverse.Emulator.Query;
using Dataverse.Emulator.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator
{
    /// <summary>The main operation (stage 30) of each message the emulator answers, as Dataverse performs it: system
    /// columns, validation against metadata, referential checks, alternate keys, cascades and faults
    /// (reference §9.2). Messages the platform turns into another one (SetState, Assign, Upsert, *Multiple) run that
    /// message through the pipeline, so its steps fire as they would.</summary>
    internal sealed class CoreOperations
    {
        private static readonly HashSet<string> SystemWrittenColumns = new(StringComparer.Ordinal)
        {
            "createdon", "modifiedon", "createdby", "modifiedby", "versionnumber", "owningbusinessunit", "owninguser", "owningteam",
        };

        private readonly DataverseEmulator _emulator;
        private long _version;

        public CoreOperations(DataverseEmulator emulator)
        {
            _emulator = emulator;
        }

        public static readonly IReadOnlyCollection<string> Messages = new[]
        {
            "Create", "Retrieve", "Update", "Delete", "RetrieveMultiple", "Associate", "Disassociate", "Upsert",
            "CreateMultiple", "UpdateMultiple", "SetState", "Assign", "WhoAmI",
        };

        private InMemoryStore Store => _emulator.Store;

        private MetadataCatalog Metadata => _emulator.Metadata;

        /// <summary>Runs the main operation; the rows the query engine examined are reported for accounting.</summary>
        public OrganizationResponse Execute(EmulatedExecutionContext context, CallerScope caller, out int rowsExamined)
        {
            rowsExamined = 0;
            var input = context.InputParameters;
            switch (context.MessageName)
            {
                case "Create":
                    return Create(Required<Entity>(input, "Target"), context);
                case "Update":
                    Update(Required<Entity>(input, "Target"), context, Concurrency(input));
                    return new UpdateResponse();
                case "Delete":
                    Delete(Required<EntityReference>(input, "Target"), Concurrency(input), (string?)null);
                    return new DeleteResponse();
                case "Retrieve":
                    return Retrieve(Required<EntityReference>(input, "Target"), input.TryGetValue("ColumnSet", out ColumnSet columns) ? columns : null, context, out rowsExamined);
                case "RetrieveMultiple":
                    return RetrieveMultiple(input.TryGetValue("Query", out QueryBase query) ? query : null, context, out rowsExamined);
                case "Associate":
                case "Disassociate":
                    Relate(context.MessageName == "Associate", Required<EntityReference>(input, "Target"), Required<Relationship>(input, "Relationship"), Required<EntityReferenceCollection>(input, "RelatedEntities"));
                    return context.MessageName == "Associate" ? new AssociateResponse() : new DisassociateResponse();
                case "SetState":
                    return SetState(input, context);
                case "Assign":
                    return Assign(input, context);
                case "Upsert":
                    return Upsert(Required<Entity>(input, "Target"), context);
                case "CreateMultiple":
                    return CreateMultiple((EntityCollection)input["Targets"], context);
                case "UpdateMultiple":
                    return UpdateMultiple((EntityCollection)input["Targets"], context);
                case "WhoAmI":
                    var whoAmI = new WhoAmIResponse();
                    whoAmI.Results["UserId"] = context.UserId;
                    whoAmI.Results["BusinessUnitId"] = context.BusinessUnitId;
                    whoAmI.Results["OrganizationId"] = context.OrganizationId;
                    return whoAmI;
                default:
                    throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"The request {context.MessageName} is not supported by the emulator.");
            }
        }

        public OrganizationResponse Create(Entity target, EmulatedExecutionContext context)
        {
            var table = Metadata.GetTable(target.LogicalName);
            RecordValidator.Validate(table, target, isCreate: true);
            var id = target.Id != Guid.Empty
                ? target.Id
                : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid given && given != Guid.Empty ? given : _emulator.NewId();
            if (Store.Find(table.LogicalName, id) != null)
            {
                throw DataverseFault.Create(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
            }

            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var pair in target.Attributes)
            {
                if (pair.Value != null && pair.Key != table.PrimaryIdAttribute && !SystemWrittenColumns.Contains(pair.Key))
                {
                    values[pair.Key] = RecordValues.Clone(pair.Value)!;
                }
            }

            values[table.PrimaryIdAttribute] = id;
            var user = new EntityReference("systemuser", context.UserId);
            SetIfColumn(table, values, "createdon", context.OperationCreatedOn);
            SetIfColumn(table, values, "modifiedon", context.OperationCreatedOn);
            SetIfColumn(table, values, "createdby", user);
            SetIfColumn(table, values, "modifiedby", user);
            SetIfColumn(table, values, "versionnumber", ++_version);
            if (table.IsActivity && table.LogicalName != "activitypointer")
            {
                // Every activity row names its own table in activitytypecode (entity reference pages, e.g. task.activitytypecode).
                SetIfColumn(table, values, "activitytypecode", table.LogicalName);
            }

            if (table.OwnershipType == OwnershipType.UserOwned && table.Columns.ContainsKey("ownerid"))
            {
                var owner = values.TryGetValue("ownerid", out var o) ? (EntityReference)o : user;
                ApplyOwner(table, values, owner);
            }

            if (table.HasStateModel)
            {
                ApplyState(table, values, target, current: null);
            }

            CheckReferences(table, values, target);
            CheckAlternateKeys(table, id, values);
            var row = new StoredRow(table.LogicalName, id, values);
            Store.Insert(row);
            MirrorActivity(table, row);

            // Post-operation steps see the id and the columns the platform set (reference §13.3: widely observed).
            target.Id = id;
            foreach (var pair in values)
            {
                if (!target.Attributes.ContainsKey(pair.Key))
                {
                    target.Attributes[pair.Key] = RecordValues.Clone(pair.Value);
                }
            }

            var response = new CreateResponse();
            response.Results["id"] = id;
            return response;
        }

        public void Update(Entity target, EmulatedExecutionContext context, ConcurrencyBehavior concurrency)
        {
            var table = Metadata.GetTable(target.LogicalName);
            var id = ResolveId(table, target.Id, target.KeyAttributes, target);
            if (id == Guid.Empty)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "Entity Id must be specified for Update");
            }

            var current = Existing(table, id);
            if (concurrency == ConcurrencyBehavior.IfRowVersionMatches && target.RowVersion != RowVersionOf(current))
            {
                throw DataverseFault.Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");
            }

            RecordValidator.Validate(table, target, isCreate: false);
            var values = new Dictionary<string, object>(current.Values, StringComparer.Ordinal);
            foreach (var pair in target.Attributes)
            {
                if (pair.Key == table.PrimaryIdAttribute || SystemWrittenColumns.Contains(pair.Key))
                {
                    continue;
                }

                if (pair.Value == null)
                {
                    values.Remove(pair.Key);
                }
                else
                {
                    values[pair.Key] = RecordValues.Clone(pair.Value)!;
                }
            }

            if (target.Attributes.TryGetValue("ownerid", out var owner) && owner is EntityReference newOwner)
            {
                ApplyOwner(table, values, newOwner);
            }

            if (table.HasStateModel && (target.Contains(TableDefinition.StateColumn) || target.Contains(TableDefinition.StatusColumn)))
            {
                ApplyState(table, values, target, current);
            }

            var user = new EntityReference("systemuser", context.UserId);
            SetIfColumn(table, values, "modifiedon", context.OperationCreatedOn);
            SetIfColumn(table, values, "modifiedby", user);
            SetIfColumn(table, values, "versionnumber", ++_version);
            CheckReferences(table, values, target);
            CheckAlternateKeys(table, id, values);
            var row = new StoredRow(table.LogicalName, id, values);
            Store.Replace(row);
            MirrorActivity(table, row);

            target.Id = id;
            foreach (var column in new[] { "modifiedon", "modifiedby" })
            {
                if (values.TryGetValue(column, out var value))
                {
                    target.Attributes[column] = RecordValues.Clone(value);
                }
            }
        }

        public void Delete(EntityReference target, ConcurrencyBehavior concurrency, string? rowVersion)
        {
            var table = Metadata.GetTable(target.LogicalName);
            var id = ResolveId(table, target.Id, target.KeyAttributes, null);
            var current = Existing(table, id);
            if (concurrency == ConcurrencyBehavior.IfRowVersionMatches && target.RowVersion != RowVersionOf(current))
            {
                throw DataverseFault.Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");
            }

            // Relationship behaviour "Remove Link" for lookups to the deleted record; intersect rows go with it.
            foreach (var relationship in Metadata.Relationships.Values.OfType<OneToManyRelationship>().Where(r => r.ReferencedTable == table.LogicalName))
            {
                if (!Metadata.TryGetTable(relationship.ReferencingTable, out var child) || !child.Columns.ContainsKey(relationship.ReferencingAttribute))
                {
                    continue;
                }

                foreach (var row in Store.Lookup(child.LogicalName, relationship.ReferencingAttribute, id).ToList())
                {
                    if (row.Values.TryGetValue(relationship.ReferencingAttribute, out var value) && value is EntityReference r && r.LogicalName == table.LogicalName)
                    {
                        var values = new Dictionary<string, object>(row.Values, StringComparer.Ordinal);
                        values.Remove(relationship.ReferencingAttribute);
                        // Removing the link writes the child row, so its row version moves and its activitypointer row follows.
                        SetIfColumn(child, values, "versionnumber", ++_version);
                        var cleared = new StoredRow(row.Table, row.Id, values);
                        Store.Replace(cleared);
                        MirrorActivity(child, cleared);
                    }
                }
            }

            foreach (var relationship in table.ManyToManyRelationships)
            {
                foreach (var attribute in new[] { (relationship.Table1, relationship.Attribute1), (relationship.Table2, relationship.Attribute2) })
                {
                    if (attribute.Item1 != table.LogicalName || !Metadata.TryGetTable(relationship.IntersectTable, out _))
                    {
                        continue;
                    }

                    foreach (var row in Store.Lookup(relationship.IntersectTable, attribute.Item2, id).ToList())
                    {
                        Store.Remove(row.Table, row.Id);
                    }
                }
            }

            if (table.IsActivity && table.LogicalName != "activitypointer" && Store.Find("activitypointer", id) != null)
            {
                Store.Remove("activitypointer", id);
            }

            Store.Remove(table.LogicalName, id);
        }

        public OrganizationResponse Retrieve(EntityReference target, ColumnSet? columns, EmulatedExecutionContext context, out int rowsExamined)
        {
            var table = Metadata.GetTable(target.LogicalName);
            var id = ResolveId(table, target.Id, target.KeyAttributes, null);
            var row = Existing(table, id);
            var query = new QueryExpression(table.LogicalName) { ColumnSet = columns ?? new ColumnSet() };
            query.Criteria.AddCondition(table.PrimaryIdAttribute, ConditionOperator.Equal, id);
            var result = QueryEngine.Execute(query, Store, _emulator.QueryEnvironmentFor(context.UserId, context.OperationCreatedOn));
            rowsExamined = result.RowsRead;
            var entity = result.Entities.Entities[0];
            // A retrieved record carries its row version, what IfRowVersionMatches compares (learn optimistic-concurrency).
            var version = RowVersionOf(row);
            entity.RowVersion = version.Length == 0 ? null : version;
            var response = new RetrieveResponse();
            response.Results["Entity"] = entity;
            return response;
        }

        public OrganizationResponse RetrieveMultiple(QueryBase? query, EmulatedExecutionContext context, out int rowsExamined)
        {
            if (query == null)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "Required field 'Query' is missing");
            }

            var result = QueryEngine.Execute(query, Store, _emulator.QueryEnvironmentFor(context.UserId, context.OperationCreatedOn));
            rowsExamined = result.RowsRead;
            var response = new RetrieveMultipleResponse();
            response.Results["EntityCollection"] = result.Entities;
            return response;
        }

        private void Relate(bool associate, EntityReference target, Relationship relationship, EntityReferenceCollection related)
        {
            if (relationship == null || !Metadata.TryGetRelationship(relationship.SchemaName, out var definition))
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"The relationship {relationship?.SchemaName} was not found in the metadata.");
            }

            Existing(Metadata.GetTable(target.LogicalName), target.Id);
            foreach (var other in related ?? new EntityReferenceCollection())
            {
                Existing(Metadata.GetTable(other.LogicalName), other.Id);
                switch (definition)
                {
                    case ManyToManyRelationship manyToMany:
                        RelateManyToMany(associate, manyToMany, target, other);
                        break;
                    case OneToManyRelationship oneToMany:
                        var (parent, child) = target.LogicalName == oneToMany.ReferencedTable && other.LogicalName == oneToMany.ReferencingTable
                            ? (target, other)
                            : (other, target);
                        var childTable = Metadata.GetTable(child.LogicalName);
                        var row = Existing(childTable, child.Id);
                        var values = new Dictionary<string, object>(row.Values, StringComparer.Ordinal);
                        if (associate)
                        {
                            values[oneToMany.ReferencingAttribute] = new EntityReference(parent.LogicalName, parent.Id);
                        }
                        else
                        {
                            values.Remove(oneToMany.ReferencingAttribute);
                        }

                        // Setting or clearing the lookup is a write to the child row, as an Update of it would be.
                        SetIfColumn(childTable, values, "versionnumber", ++_version);
                        var relatedRow = new StoredRow(row.Table, row.Id, values);
                        Store.Replace(relatedRow);
                        MirrorActivity(childTable, relatedRow);
                        break;
                }
            }
        }

        private void RelateManyToMany(bool associate, ManyToManyRelationship relationship, EntityReference target, EntityReference other)
        {
            var (first, second) = target.LogicalName == relationship.Table1 ? (target, other) : (other, target);
            if (first.LogicalName != relationship.Table1 || second.LogicalName != relationship.Table2)
            {
                throw DataverseFault.Create(
                    ErrorCodes.InvalidArgument,
                    $"The relationship {relationship.SchemaName} links {relationship.Table1} and {relationship.Table2}, not {target.LogicalName} and {other.LogicalName}.");
            }

            var intersect = Metadata.GetTable(relationship.IntersectTable);
            var existing = Store.Lookup(intersect.LogicalName, relationship.Attribute1, first.Id)
                .FirstOrDefault(row => row.Values.TryGetValue(relationship.Attribute2, out var value) && value is Guid id && id == second.Id);
            if (associate)
            {
                if (existing != null)
                {
                    throw DataverseFault.Create(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
                }

                var id = _emulator.NewId();
                Store.Insert(new StoredRow(intersect.LogicalName, id, new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    [intersect.PrimaryIdAttribute] = id,
                    [relationship.Attribute1] = first.Id,
                    [relationship.Attribute2] = second.Id,
                }));
            }
            else if (existing != null)
            {
                Store.Remove(existing.Table, existing.Id);
            }
        }

        private OrganizationResponse SetState(ParameterCollection input, EmulatedExecutionContext context)
        {
            var moniker = Required<EntityReference>(input, "EntityMoniker");
            var state = Required<OptionSetValue>(input, "State");
            var status = input.TryGetValue("Status", out OptionSetValue given) ? given : new OptionSetValue(-1);
            var table = Metadata.GetTable(moniker.LogicalName);
            RecordValidator.ValidateStateChange(table, state.Value, status.Value);
            var target = new Entity(moniker.LogicalName, moniker.Id)
            {
                [TableDefinition.StateColumn] = new OptionSetValue(state.Value),
                [TableDefinition.StatusColumn] = new OptionSetValue(status.Value == -1 ? RecordValidator.StatusFor(table, state.Value) : status.Value),
            };
            _emulator.RunInnerOperation(new UpdateRequest { Target = target }, context);
            return new SetStateResponse();
        }

        private OrganizationResponse Assign(ParameterCollection input, EmulatedExecutionContext context)
        {
            var target = Required<EntityReference>(input, "Target");
            var assignee = Required<EntityReference>(input, "Assignee");
            _emulator.RunInnerOperation(new UpdateRequest { Target = new Entity(target.LogicalName, target.Id) { ["ownerid"] = assignee } }, context);
            return new AssignResponse();
        }

        private OrganizationResponse Upsert(Entity target, EmulatedExecutionContext context)
        {
            var table = Metadata.GetTable(target.LogicalName);
            var id = target.Id;
            if (id == Guid.Empty && target.KeyAttributes.Count > 0)
            {
                id = FindByAlternateKey(table, target.KeyAttributes) ?? Guid.Empty;
            }

            var response = new UpsertResponse();
            if (id != Guid.Empty && Store.Find(table.LogicalName, id) != null)
            {
                var update = RecordValues.CloneEntity(target);
                update.Id = id;
                update.KeyAttributes = new KeyAttributeCollection();
                _emulator.RunInnerOperation(new UpdateRequest { Target = update }, context);
                response.Results["RecordCreated"] = false;
                response.Results["Target"] = new EntityReference(table.LogicalName, id);
                return response;
            }

            var create = RecordValues.CloneEntity(target);
            create.Id = id;
            foreach (var pair in target.KeyAttributes)
            {
                create.Attributes[pair.Key] = RecordValues.Clone(pair.Value);
            }

            create.KeyAttributes = new KeyAttributeCollection();
            var created = (CreateResponse)_emulator.RunInnerOperation(new CreateRequest { Target = create }, context);
            response.Results["RecordCreated"] = true;
            response.Results["Target"] = new EntityReference(table.LogicalName, created.id);
            return response;
        }

        private OrganizationResponse CreateMultiple(EntityCollection targets, EmulatedExecutionContext context)
        {
            var ids = new List<Guid>();
            foreach (var entity in SameTable(targets))
            {
                ids.Add(((CreateResponse)_emulator.RunInnerOperation(new CreateRequest { Target = entity }, context)).id);
            }

            var response = new CreateMultipleResponse();
            response.Results["Ids"] = ids.ToArray();
            return response;
        }

        private OrganizationResponse UpdateMultiple(EntityCollection targets, EmulatedExecutionContext context)
        {
            foreach (var entity in SameTable(targets))
            {
                _emulator.RunInnerOperation(new UpdateRequest { Target = entity }, context);
            }

            return new UpdateMultipleResponse();
        }

        /// <summary>All Targets of a *Multiple request must be of one table (reference §6).</summary>
        private static IEnumerable<Entity> SameTable(EntityCollection targets)
        {
            if (targets == null || targets.Entities.Count == 0)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "Targets must contain at least one record.");
            }

            var table = targets.EntityName ?? targets.Entities[0].LogicalName;
            if (targets.Entities.Any(e => e.LogicalName != table))
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"All records in Targets must be of the table {table}.");
            }

            return targets.Entities.ToList();
        }

        /// <summary>A missing or null request parameter faults as the service reports it, not as a crash of the emulator.</summary>
        private static T Required<T>(ParameterCollection input, string name) where T : class =>
            input.TryGetValue(name, out T value) ? value : throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"Required field '{name}' is missing");

        private static ConcurrencyBehavior Concurrency(ParameterCollection input) =>
            input.TryGetValue("ConcurrencyBehavior", out ConcurrencyBehavior behavior) ? behavior : ConcurrencyBehavior.Default;

        private static string RowVersionOf(StoredRow row) =>
            row.Values.TryGetValue("versionnumber", out var version) ? Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture)! : string.Empty;

        private StoredRow Existing(TableDefinition table, Guid id) =>
            Store.Find(table.LogicalName, id)
            ?? throw DataverseFault.Create(ErrorCodes.ObjectDoesNotExist, $"{table.LogicalName} With Id = {id} Does Not Exist");

        private Guid ResolveId(TableDefinition table, Guid id, KeyAttributeCollection keys, Entity? target)
        {
            if (id != Guid.Empty)
            {
                return id;
            }

            if (target != null && target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid given)
            {
                return given;
            }

            if (keys.Count == 0)
            {
                return Guid.Empty;
            }

            return FindByAlternateKey(table, keys)
                ?? throw DataverseFault.Create(
                    ErrorCodes.ObjectDoesNotExist,
                    $"A record with the specified key values does not exist in {table.LogicalName} entity");
        }

        private Guid? FindByAlternateKey(TableDefinition table, KeyAttributeCollection keys)
        {
            var columns = keys.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (!table.AlternateKeys.Values.Any(key => key.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(columns)))
            {
                throw DataverseFault.Create(
                    ErrorCodes.InvalidArgument,
                    $"The specified key attributes are not a defined key for the {table.LogicalName} entity");
            }

            var first = columns[0];
            return Store.Lookup(table.LogicalName, first, keys[first])
                .FirstOrDefault(row => columns.All(c => row.Values.TryGetValue(c, out var v) && SameKey(v, keys[c])))?.Id;
        }

        private void CheckAlternateKeys(TableDefinition table, Guid id, IReadOnlyDictionary<string, object> values)
        {
            foreach (var key in table.AlternateKeys)
            {
                if (!key.Value.All(values.ContainsKey))
                {
                    continue;
                }

                var clash = Store.Lookup(table.LogicalName, key.Value[0], values[key.Value[0]])
                    .Any(row => row.Id != id && key.Value.All(c => row.Values.TryGetValue(c, out var v) && SameKey(v, values[c])));
                if (clash)
                {
                    throw DataverseFault.Create(
                        ErrorCodes.DuplicateRecordEntityKey,
                        $"A record that has the attribute values {string.Join(", ", key.Value)} already exists. The entity key {key.Key} requires that this set of attributes contains unique values. Select unique values and try again.");
                }
            }
        }

        private static bool SameKey(object stored, object given) => Equals(Storage.TableDataKeys.Of(stored), Storage.TableDataKeys.Of(given));

        /// <summary>A lookup must point at an existing record, as Dataverse checks on write.</summary>
        private void CheckReferences(TableDefinition table, IReadOnlyDictionary<string, object> values, Entity target)
        {
            foreach (var pair in target.Attributes)
            {
                if (pair.Value is EntityReference reference && table.TryGetColumn(pair.Key, out var column) && column.IsLookup
                    && Metadata.TryGetTable(reference.LogicalName, out var referenced) && Store.Find(referenced.LogicalName, reference.Id) == null)
                {
                    throw DataverseFault.Create(ErrorCodes.ObjectDoesNotExist, $"{reference.LogicalName} With Id = {reference.Id} Does Not Exist");
                }
            }
        }

        private void ApplyOwner(TableDefinition table, Dictionary<string, object> values, EntityReference owner)
        {
            values["ownerid"] = new EntityReference(owner.LogicalName, owner.Id);
            values.Remove("owninguser");
            values.Remove("owningteam");
            var ownerColumn = owner.LogicalName == "team" ? "owningteam" : "owninguser";
            SetIfColumn(table, values, ownerColumn, new EntityReference(owner.LogicalName, owner.Id));
            var unit = _emulator.BusinessUnitOf(owner);
            if (unit != Guid.Empty)
            {
                SetIfColumn(table, values, "owningbusinessunit", new EntityReference("businessunit", unit));
            }
        }

        private static void ApplyState(TableDefinition table, Dictionary<string, object> values, Entity target, StoredRow? current)
        {
            var givenState = target.GetAttributeValue<OptionSetValue>(TableDefinition.StateColumn);
            var givenStatus = target.GetAttributeValue<OptionSetValue>(TableDefinition.StatusColumn);
            int state;
            int status;
            if (givenState != null)
            {
                state = givenState.Value;
                status = givenStatus?.Value ?? RecordValidator.StatusFor(table, state);
            }
            else if (givenStatus != null)
            {
                status = givenStatus.Value;
                state = current != null && current.Values.TryGetValue(TableDefinition.StateColumn, out var s) ? ((OptionSetValue)s).Value : RecordValidator.StateFor(table, status);
            }
            else
            {
                state = table.States.Keys.Min();
                status = RecordValidator.StatusFor(table, state);
            }

            RecordValidator.ValidateStateChange(table, state, status);
            values[TableDefinition.StateColumn] = new OptionSetValue(state);
            values[TableDefinition.StatusColumn] = new OptionSetValue(status);
        }

        /// <summary>Every activity also lives in activitypointer, where queries across activity types read it.</summary>
        private void MirrorActivity(TableDefinition table, StoredRow row)
        {
            if (!table.IsActivity || table.LogicalName == "activitypointer" || !Metadata.TryGetTable("activitypointer", out var pointer))
            {
                return;
            }

            var values = row.Values.Where(pair => pointer.Columns.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            values[pointer.PrimaryIdAttribute] = row.Id;
            values["activitytypecode"] = table.LogicalName;
            var mirror = new StoredRow(pointer.LogicalName, row.Id, values);
            if (Store.Find(pointer.LogicalName, row.Id) == null)
            {
                Store.Insert(mirror);
            }
            else
            {
                Store.Replace(mirror);
            }
        }

        private static void SetIfColumn(TableDefinition table, Dictionary<string, object> values, string column, object value)
        {
            if (table.Columns.ContainsKey(column))
            {
                values[column] = value;
            }
        }
    }
}
