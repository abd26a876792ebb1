using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator
{
    /// <summary>Copies of SDK values, so that nothing a caller holds is shared with what is stored, and the other way
    /// round (Dataverse serializes every message; our in-process calls must behave as if it did).</summary>
    internal static class RecordValues
    {
        public static object? Clone(object? value) =>
            value switch
            {
                null => null,
                EntityReference r => CloneReference(r),
                Money m => new Money(m.Value),
                OptionSetValue o => new OptionSetValue(o.Value),
                OptionSetValueCollection c => new OptionSetValueCollection(c.Select(o => new OptionSetValue(o.Value)).ToList()),
                DateTime d => d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc),
                Entity e => CloneEntity(e),
                EntityCollection c => CloneCollection(c),
                EntityReferenceCollection c => new EntityReferenceCollection(c.Select(r => (EntityReference)Clone(r)!).ToList()),
                string[] a => a.ToArray(),
                _ => value,
            };

        /// <summary>A deep copy that keeps null-valued columns (an Update's null means "clear").</summary>
        public static Entity CloneEntity(Entity source)
        {
            var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion };
            foreach (var pair in source.Attributes)
            {
                copy.Attributes[pair.Key] = Clone(pair.Value);
            }

            foreach (var pair in source.KeyAttributes)
            {
                copy.KeyAttributes[pair.Key] = Clone(pair.Value);
            }

            return copy;
        }

        /// <summary>Keeps RowVersion and KeyAttributes: a Delete checks the one and may address its record by the other.</summary>
        public static EntityReference CloneReference(EntityReference source)
        {
            var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
            foreach (var pair in source.KeyAttributes)
            {
                copy.KeyAttributes[pair.Key] = Clone(pair.Value);
            }

            return copy;
        }

        public static ParameterCollection CloneParameters(ParameterCollection source)
        {
            var copy = new ParameterCollection();
            foreach (var pair in source)
            {
                copy[pair.Key] = Clone(pair.Value);
            }

            return copy;
        }

        private static EntityCollection CloneCollection(EntityCollection source)
        {
            var copy = new EntityCollection(source.Entities.Select(CloneEntity).ToList()) { EntityName = source.EntityName };
            copy.MoreRecords = source.MoreRecords;
            copy.PagingCookie = source.PagingCookie;
            copy.TotalRecordCount = source.TotalRecordCount;
            return copy;
        }
    }
}
