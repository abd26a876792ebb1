using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>The faults the query engine raises, with the platform's codes (data-service-errors table) and,
    /// where it is known from the field, the platform's message shape.</summary>
    internal static class QueryFaults
    {
        public static FaultException<OrganizationServiceFault> NoAttribute(string table, string attribute) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderNoAttribute,
                $"'{table}' entity doesn't contain attribute with Name = '{attribute}' and NameMapping = 'Logical'.");

        public static FaultException<OrganizationServiceFault> NoEntity(string table) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderNoEntity,
                $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

        public static FaultException<OrganizationServiceFault> NoAlias(string alias) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderNoAlias,
                $"No alias for the given entity in the condition was found: '{alias}' is neither the query's entity nor the alias of one of its link-entities.");

        public static FaultException<OrganizationServiceFault> UnsupportedOperator(ConditionOperator op) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderInvalidConditionOperator,
                $"The condition operator '{op}' is not supported by the Dataverse emulator: it needs fiscal-year settings or record hierarchies, which the emulator does not model.");

        public static FaultException<OrganizationServiceFault> UnsupportedJoin(JoinOperator join) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderInvalidJoinOperator,
                $"The join operator '{join}' is not supported by the Dataverse emulator.");

        public static FaultException<OrganizationServiceFault> InvalidValue(string table, string attribute, object? value, string expected, Exception? inner = null) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderInvalidValue,
                $"An exception {(inner?.GetType().FullName ?? "System.FormatException")} was thrown while trying to convert input value '{value}' to attribute '{table}.{attribute}'. Expected type of attribute value: {expected}.");

        public static FaultException<OrganizationServiceFault> BadCondition(string message) =>
            DataverseFault.Create(ErrorCodes.QueryBuilderBadCondition, "Incorrect filter condition or conditions. " + message);

        public static FaultException<OrganizationServiceFault> TooManyLinks(int count) =>
            DataverseFault.Create(ErrorCodes.TooManyLinkEntities,
                $"Number of link entities in query exceeded maximum limit. The query has {count} link-entities; the limit is {QueryLimits.MaxLinkEntities}.");

        public static FaultException<OrganizationServiceFault> Fetch(int code, string message) => DataverseFault.Create(code, message);
    }
}
