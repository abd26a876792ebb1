using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Dataverse.Emulator.Query
{
    /// <summary>The paging cookie in the platform's shape, e.g.
    /// <c>&lt;cookie page="1"&gt;&lt;name last="Zeta" first="Alpha" /&gt;&lt;accountid last="{guid}" first="{guid}" /&gt;&lt;/cookie&gt;</c>
    /// (learn: org-service/queryexpression/page-results, fetchxml/page-results): one element per ordered column then the
    /// primary key, holding the sort values of the page's first and last rows. The engine continues strictly after "last".</summary>
    internal sealed class PagingCookie
    {
        public PagingCookie(int page, IReadOnlyList<(string Column, object? First, object? Last)> columns)
        {
            Page = page;
            Columns = columns;
        }

        public int Page { get; }
        public IReadOnlyList<(string Column, object? First, object? Last)> Columns { get; }

        public string ToXml()
        {
            var cookie = new XElement("cookie", new XAttribute("page", Page.ToString(CultureInfo.InvariantCulture)));
            foreach (var (column, first, last) in Columns)
            {
                var element = new XElement(column);
                Write(element, "last", last);
                Write(element, "first", first);
                cookie.Add(element);
            }

            return cookie.ToString(SaveOptions.DisableFormatting);
        }

        /// <summary>Reads a cookie; the values come back as strings (decoded against the sort keys' types later).</summary>
        public static PagingCookie Parse(string xml)
        {
            try
            {
                var root = XElement.Parse(xml);
                if (root.Name.LocalName != "cookie")
                {
                    throw new FormatException("The root element is not <cookie>.");
                }

                var page = int.Parse((string?)root.Attribute("page") ?? "1", NumberStyles.Integer, CultureInfo.InvariantCulture);
                var columns = root.Elements()
                    .Select(e => (e.Name.LocalName, Read(e, "first"), Read(e, "last")))
                    .ToList();
                return new PagingCookie(page, columns);
            }
            catch (Exception ex) when (ex is XmlException or FormatException or OverflowException)
            {
                throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidPagingCookie, "Invalid page number in paging cookie: the paging cookie could not be read. " + ex.Message);
            }
        }

        private static void Write(XElement element, string name, object? value)
        {
            if (value == null)
            {
                element.Add(new XAttribute(name + "null", "1"));
                return;
            }

            element.Add(new XAttribute(name, Encode(value)));
        }

        private static object? Read(XElement element, string name)
        {
            if ((string?)element.Attribute(name + "null") == "1")
            {
                return null;
            }

            return (string?)element.Attribute(name);
        }

        public static string Encode(object value) => value switch
        {
            Guid g => g.ToString("B").ToUpperInvariant(),
            DateTime d => d.ToString("o", CultureInfo.InvariantCulture),
            bool b => b ? "1" : "0",
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            double x => x.ToString("R", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };

        /// <summary>Decodes a cookie value to the type of a sort key built the same way (see <see cref="SortKeys"/>).</summary>
        public static object? Decode(string? text, SortKeyKind kind)
        {
            if (text == null)
            {
                return null;
            }

            return kind switch
            {
                SortKeyKind.Guid => Guid.Parse(text),
                SortKeyKind.DateTime => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                SortKeyKind.Boolean => text == "1",
                SortKeyKind.Decimal => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                SortKeyKind.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => text,
            };
        }
    }
}
