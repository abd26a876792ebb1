using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// A publisher's choice values are CustomizationOptionValuePrefix × 10000 … +9999 (e.g. 61530 → 615300000–615309999),
    /// so options added by different publishers to the same choice cannot collide (solution-format.md §2.4, §4.2).
    /// Checked: global choices and the inline choices of custom columns. Not checked, because the platform fixes them:
    /// yes/no columns (always 0 and 1), State (statecode, fixed per table) and, on custom tables, the two status reasons
    /// every table is created with — 1 Active and 2 Inactive; further status reasons come from the publisher's range.
    /// Choices of standard columns keep Microsoft's values.
    /// </summary>
    public static class OptionValueCheck
    {
        public static void Run(SolutionContent content, List<Finding> findings)
        {
            if (content.OptionValuePrefix is not int prefix)
            {
                return;
            }

            var first = (long)prefix * 10000;
            var last = first + 9999;
            void CheckValue(XElement option, string owner, ISet<long> allowed)
            {
                var attribute = XmlText.Attribute(option, "value");
                if (attribute is null || !long.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || allowed.Contains(value))
                {
                    return;
                }

                if (value < first || value > last)
                {
                    findings.Add(content.At(attribute, Rules.OptionValueRange,
                        $"value {value} of {owner} is outside the publisher's option value range {first}–{last}"));
                }
            }

            var none = new HashSet<long>();
            foreach (var optionSet in content.GlobalOptionSets)
            {
                foreach (var option in optionSet.Descendants().Where(element => XmlText.Is(element, "option")))
                {
                    CheckValue(option, $"global choice {XmlText.Attribute(optionSet, "Name")?.Value}", none);
                }
            }

            var defaultStatusReasons = new HashSet<long> { 1, 2 };
            foreach (var table in content.Tables.Values)
            {
                foreach (var (name, attribute) in table.Columns)
                {
                    var type = XmlText.Child(attribute, "Type") ?? "";
                    var optionSet = XmlText.ChildElement(attribute, "optionset");
                    if (optionSet is null)
                    {
                        continue;
                    }

                    if (type.Equals("status", StringComparison.OrdinalIgnoreCase) && table.IsCustom)
                    {
                        foreach (var status in optionSet.Descendants().Where(element => XmlText.Is(element, "status")))
                        {
                            CheckValue(status, $"status reason of {table.LogicalName}", defaultStatusReasons);
                        }
                    }
                    else if ((type.Equals("picklist", StringComparison.OrdinalIgnoreCase) || type.Equals("multiselectpicklist", StringComparison.OrdinalIgnoreCase))
                        && SolutionContent.IsCustomColumn(table, attribute))
                    {
                        foreach (var option in optionSet.Descendants().Where(element => XmlText.Is(element, "option")))
                        {
                            CheckValue(option, $"choice column {table.LogicalName}.{name}", none);
                        }
                    }
                }
            }
        }
    }
}
