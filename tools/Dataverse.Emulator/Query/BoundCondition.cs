using System.Text.RegularExpressions;
using Dataverse.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>A condition resolved against metadata, its values converted to the column's comparison type.</summary>
    internal sealed class BoundCondition
    {
        public BoundCondition(int slot, TableDefinition table, ColumnDefinition column, ConditionOperator op, object?[] values)
        {
            Slot = slot;
            Table = table;
            Column = column;
            Operator = op;
            Values = values;
        }

        public int Slot { get; }
        public TableDefinition Table { get; }
        public ColumnDefinition Column { get; }
        public ConditionOperator Operator { get; }
        public object?[] Values { get; }
        public Regex? Pattern { get; set; }

        /// <summary>Set for column comparisons (CompareColumns / valueof): the other column's slot and definition.</summary>
        public int CompareSlot { get; set; } = -1;
        public ColumnDefinition? CompareColumn { get; set; }
    }
}
