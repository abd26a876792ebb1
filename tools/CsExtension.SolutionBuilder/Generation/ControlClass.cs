using System;
using System.Collections.Generic;
using CsExtension.SolutionBuilder.Model;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>The classic form control class ids by column type (the values every exported FormXml carries).</summary>
    internal static class ControlClass
    {
        public const string Text = "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}";
        public const string Memo = "{E0DECE4B-6FC8-4a8f-A065-082708572369}";
        public const string Integer = "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}";
        public const string Decimal = "{C3EFE0C3-0EC6-42be-8349-CBD9079DFD8E}";
        public const string Money = "{533B9E00-756B-4312-95A0-DC888637AC78}";
        public const string DateTime = "{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}";
        public const string Picklist = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}";
        public const string MultiSelect = "{4AA28AB7-9C13-4F57-A73D-AD894D048B5F}";
        public const string YesNo = "{67FAC785-CD58-4f9f-ABB3-4B7DDC6ED5ED}";
        public const string Lookup = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}";
        public const string Url = "{71716B6C-711E-476c-8AB8-5D11542BFB47}";

        /// <summary>Platform columns our forms show, by logical name.</summary>
        private static readonly Dictionary<string, string> PlatformColumns = new(StringComparer.Ordinal)
        {
            ["name"] = Text, ["telephone1"] = Text, ["websiteurl"] = Url, ["ownerid"] = Lookup, ["primarycontactid"] = Lookup,
            ["statuscode"] = Picklist, ["statecode"] = Picklist, ["createdon"] = DateTime, ["modifiedon"] = DateTime,
        };

        public static string For(Column? column, string logicalName)
        {
            if (column is null)
            {
                return PlatformColumns.TryGetValue(logicalName, out var platform)
                    ? platform
                    : throw new InvalidOperationException($"The form shows '{logicalName}', which is neither in the model nor a known platform column.");
            }

            return column.Type switch
            {
                ColumnType.Text => Text,
                ColumnType.Url => Url,
                ColumnType.MultilineText => Memo,
                ColumnType.WholeNumber => Integer,
                ColumnType.Decimal => Decimal,
                ColumnType.Currency => Money,
                ColumnType.DateOnly or ColumnType.DateAndTime => DateTime,
                ColumnType.YesNo => YesNo,
                ColumnType.Choice => Picklist,
                ColumnType.Choices => MultiSelect,
                ColumnType.Lookup => Lookup,
                _ => Text,
            };
        }
    }
}
