using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Metadata
{
    /// <summary>
    /// The checks the platform makes on the columns of a Create or Update target, raising the same fault
    /// (error code and message shape) Dataverse raises. Error codes are the ones in the platform's error-code
    /// table (see <see cref="ErrorCodes"/>); message texts follow the messages the service is observed to return —
    /// where the source is community observation rather than Microsoft text, the comment says so.
    /// </summary>
    public static class RecordValidator
    {
        /// <summary>Refuses the first column of <paramref name="target"/> the platform would refuse.</summary>
        /// <exception cref="FaultException{OrganizationServiceFault}">when a column is unknown, has a value of the
        /// wrong type, a lookup to a table it cannot refer to, a choice or status outside its options, a status that
        /// does not belong to the given state, a string too long, a number out of range, or (on update) nulls a
        /// system-required column.</exception>
        public static void Validate(TableDefinition table, Entity target, bool isCreate)
        {
            if (table is null)
            {
                throw new ArgumentNullException(nameof(table));
            }

            if (target is null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            foreach (var attribute in target.Attributes)
            {
                var column = ColumnOf(table, attribute.Key);
                if (attribute.Value is null)
                {
                    RefuseNullOnUpdate(table, column, isCreate);
                    continue;
                }

                RefuseWrongType(column, attribute.Value);
                switch (attribute.Value)
                {
                    case string text:
                        RefuseTooLong(table, column, text);
                        break;
                    case EntityReference reference:
                        RefuseWrongTarget(table, column, reference);
                        break;
                    case OptionSetValue option:
                        RefuseOutOfOptions(table, column, option.Value);
                        break;
                    case OptionSetValueCollection options:
                        foreach (var option in options)
                        {
                            RefuseOutOfOptions(table, column, option?.Value ?? 0);
                        }

                        break;
                    case Money money:
                        RefuseOutOfRange(table, column, money.Value);
                        break;
                    case int number:
                        RefuseOutOfRange(table, column, (decimal)number);
                        break;
                    case long number:
                        RefuseOutOfRange(table, column, (decimal)number);
                        break;
                    case decimal number:
                        RefuseOutOfRange(table, column, number);
                        break;
                    case double number:
                        RefuseDoubleOutOfRange(table, column, number);
                        break;
                }
            }

            RefuseStatusOfAnotherState(table, target);
        }

        /// <summary>The default statuscode of a state: what a record gets on create (state 0 unless given) and on
        /// SetState when the caller passes status -1.</summary>
        public static int StatusFor(TableDefinition table, int state)
        {
            if (table is null)
            {
                throw new ArgumentNullException(nameof(table));
            }

            if (table.States.TryGetValue(state, out var definition))
            {
                return definition.DefaultStatus;
            }

            throw InvalidStateCodeStatusCode(table, state, null);
        }

        /// <summary>The statecode a statuscode belongs to (for an update that sets statuscode alone).</summary>
        public static int StateFor(TableDefinition table, int status)
        {
            if (table is null)
            {
                throw new ArgumentNullException(nameof(table));
            }

            if (table.TryGetColumn(TableDefinition.StatusColumn, out var column)
                && column.StatusStates.TryGetValue(status, out var state))
            {
                return state;
            }

            throw InvalidStateCodeStatusCode(table, null, status);
        }

        /// <summary>Refuses a (state, status) pair that does not go together, as SetState does; status -1 means
        /// the state's default status.</summary>
        public static void ValidateStateChange(TableDefinition table, int state, int status)
        {
            if (table is null)
            {
                throw new ArgumentNullException(nameof(table));
            }

            if (!table.States.ContainsKey(state))
            {
                throw InvalidStateCodeStatusCode(table, state, status);
            }

            if (status != -1 && StateOfStatus(table, status) != state)
            {
                throw InvalidStateCodeStatusCode(table, state, status);
            }
        }

        // ------------------------------------------------------------------ the rules

        private static ColumnDefinition ColumnOf(TableDefinition table, string name)
        {
            if (table.TryGetColumn(name, out var column))
            {
                return column;
            }

            // QueryBuilderNoAttribute 0x80041103 (error-code table). The text is the one the service returns for a
            // column the table does not have (as quoted in the emulator's brief and commonly reported); the
            // platform appends "MetadataCacheDetails: ..." diagnostics, left out here.
            throw DataverseFault.Create(
                ErrorCodes.QueryBuilderNoAttribute,
                $"'{table.LogicalName}' entity doesn't contain attribute with Name = '{name}' and NameMapping = 'Logical'.");
        }

        private static void RefuseNullOnUpdate(TableDefinition table, ColumnDefinition column, bool isCreate)
        {
            // "SystemRequired columns cannot be nulled: error -2147220989 'Attribute: <name> cannot be set to NULL'"
            // (update-delete-entities docs, shared/reference/xrm-sdk.md §9.2.4). On create the platform fills the
            // system-required columns it owns (owner, state), so a null there is not refused.
            if (!isCreate && column.RequiredLevel == RequiredLevel.SystemRequired && column.LogicalName != table.PrimaryIdAttribute)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"Attribute: {column.LogicalName} cannot be set to NULL");
            }
        }

        private static void RefuseWrongType(ColumnDefinition column, object value)
        {
            var expected = ClrTypeOf(column.Type);
            if (expected.IsInstanceOfType(value))
            {
                return;
            }

            // Code InvalidArgument 0x80040203; the message is the one the service is commonly reported to return for
            // a value of the wrong CLR type ("Incorrect attribute value type System.String"). Not confirmed in
            // Microsoft text.
            throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"Incorrect attribute value type {value.GetType().FullName}");
        }

        private static void RefuseTooLong(TableDefinition table, ColumnDefinition column, string text)
        {
            if (column.MaxLength is int max && text.Length > max)
            {
                // StringLengthTooLong 0x80044331 (error-code table: "A validation error occurred. A string value
                // provided is too long."); the detailed text is the one the service returns (quoted in
                // microsoft/powerapps-tools#623 and microsoft/powerplatform-vscode#136), two spaces included.
                throw DataverseFault.Create(
                    ErrorCodes.StringLengthTooLong,
                    $"A validation error occurred.  The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
            }
        }

        private static void RefuseWrongTarget(TableDefinition table, ColumnDefinition column, EntityReference reference)
        {
            if (column.Targets.Count == 0 || column.Targets.Contains(reference.LogicalName ?? string.Empty, StringComparer.Ordinal))
            {
                return;
            }

            // Code InvalidArgument 0x80040203; message written for the emulator (the platform's exact text for a
            // lookup to a table outside its targets was not found).
            throw DataverseFault.Create(
                ErrorCodes.InvalidArgument,
                $"The '{column.LogicalName}' lookup of '{table.LogicalName}' cannot refer to a record of type '{reference.LogicalName}'. "
                + $"Valid targets: {string.Join(", ", column.Targets)}.");
        }

        private static void RefuseOutOfOptions(TableDefinition table, ColumnDefinition column, int value)
        {
            if (column.Type == ColumnType.State)
            {
                if (!table.States.ContainsKey(value))
                {
                    throw InvalidStateCodeStatusCode(table, value, null);
                }

                return;
            }

            if (column.Options.Count == 0 || column.Options.ContainsKey(value))
            {
                return;
            }

            // PicklistValueOutOfRange 0x8004431A (error-code table); the text is the service's detailed validation
            // message for a choice (and statuscode) value outside its options, as commonly reported.
            var accepted = string.Join(",", column.Options.Keys.OrderBy(k => k).Select(k => k.ToString(CultureInfo.InvariantCulture)));
            throw DataverseFault.Create(
                ErrorCodes.PicklistValueOutOfRange,
                $"A validation error occurred. The value {value.ToString(CultureInfo.InvariantCulture)} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Values: {accepted}");
        }

        private static void RefuseOutOfRange(TableDefinition table, ColumnDefinition column, decimal value)
        {
            if ((column.MinValue is decimal min && value < min) || (column.MaxValue is decimal max && value > max))
            {
                // Code InvalidArgument 0x80040203 (the error-code table has no entry specific to numbers out of
                // range); message shape of the service's validation error for a number outside MinValue/MaxValue,
                // as commonly reported.
                throw DataverseFault.Create(
                    ErrorCodes.InvalidArgument,
                    $"A validation error occurred. The value {value.ToString(CultureInfo.InvariantCulture)} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range.");
            }
        }

        private static void RefuseDoubleOutOfRange(TableDefinition table, ColumnDefinition column, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw DataverseFault.Create(
                    ErrorCodes.InvalidArgument,
                    $"A validation error occurred. The value {value.ToString(CultureInfo.InvariantCulture)} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range.");
            }

            // Outside decimal's range is outside any Double column's range (±100,000,000,000 at most).
            var clamped = value > (double)decimal.MaxValue ? decimal.MaxValue
                : value < (double)decimal.MinValue ? decimal.MinValue
                : (decimal)value;
            RefuseOutOfRange(table, column, clamped);
        }

        private static void RefuseStatusOfAnotherState(TableDefinition table, Entity target)
        {
            if (target.Attributes.TryGetValue(TableDefinition.StateColumn, out var stateValue)
                && target.Attributes.TryGetValue(TableDefinition.StatusColumn, out var statusValue)
                && stateValue is OptionSetValue state
                && statusValue is OptionSetValue status
                && StateOfStatus(table, status.Value) != state.Value)
            {
                throw InvalidStateCodeStatusCode(table, state.Value, status.Value, target.Id);
            }
        }

        // ------------------------------------------------------------------ helpers

        private static int? StateOfStatus(TableDefinition table, int status) =>
            table.TryGetColumn(TableDefinition.StatusColumn, out var column) && column.StatusStates.TryGetValue(status, out var state)
                ? state
                : null;

        /// <summary>InvalidStateCodeStatusCode 0x80048408 (error-code table). With both values the message follows
        /// the one the service returns ("2 is not a valid status code for state code AccountState.Active on account
        /// with Id ..." — commonly reported); otherwise the table's generic text.</summary>
        private static FaultException<OrganizationServiceFault> InvalidStateCodeStatusCode(TableDefinition table, int? state, int? status, Guid id = default)
        {
            if (state is int s && status is int st && table.States.TryGetValue(s, out var definition))
            {
                var stateName = char.ToUpperInvariant(table.LogicalName[0]) + table.LogicalName.Substring(1) + "State." + definition.Name;
                return DataverseFault.Create(
                    ErrorCodes.InvalidStateCodeStatusCode,
                    $"{st.ToString(CultureInfo.InvariantCulture)} is not a valid status code for state code {stateName} on {table.LogicalName} with Id {id}.");
            }

            return DataverseFault.Create(
                ErrorCodes.InvalidStateCodeStatusCode,
                "State code is invalid or state code is valid but status code is invalid for a specified state code.");
        }

        /// <summary>The CLR type of the SDK value a column of this type carries (the types StoredRow keeps).</summary>
        public static Type ClrTypeOf(ColumnType type) => type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => typeof(string),
            ColumnType.Integer => typeof(int),
            ColumnType.BigInt => typeof(long),
            ColumnType.Decimal => typeof(decimal),
            ColumnType.Double => typeof(double),
            ColumnType.Money => typeof(Money),
            ColumnType.Boolean => typeof(bool),
            ColumnType.DateTime => typeof(DateTime),
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => typeof(EntityReference),
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => typeof(OptionSetValue),
            ColumnType.MultiSelectPicklist => typeof(OptionSetValueCollection),
            ColumnType.UniqueIdentifier => typeof(Guid),
            _ => typeof(object),
        };
    }
}
