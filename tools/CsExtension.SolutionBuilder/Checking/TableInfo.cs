using System.Collections.Generic;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>A table the solution defines (custom) or extends (standard), with the columns the solution lists for it.</summary>
    public sealed class TableInfo
    {
        public TableInfo(string logicalName, bool isCustom, XElement element)
        {
            LogicalName = logicalName;
            IsCustom = isCustom;
            Element = element;
        }

        public string LogicalName { get; }

        /// <summary>Created by this solution (needs the publisher prefix); false for a standard table the solution only adds to.</summary>
        public bool IsCustom { get; }

        /// <summary>The <c>Entity</c> element, where table-level findings point.</summary>
        public XElement Element { get; }

        /// <summary>Columns by logical name; each <c>attribute</c> element.</summary>
        public Dictionary<string, XElement> Columns { get; } = new Dictionary<string, XElement>(System.StringComparer.OrdinalIgnoreCase);
    }
}
