using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Small builders for the shapes every solution file repeats (labels, 0/1 flags, numbers).</summary>
    internal static class Xml
    {
        public static readonly XNamespace XsiNamespace = SolutionOutput.Xsi;

        public static XAttribute XsiDeclaration() => new(XNamespace.Xmlns + "xsi", SolutionOutput.Xsi);

        public static string Flag(bool value) => value ? "1" : "0";

        public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary><c>&lt;container&gt;&lt;item description=".." languagecode="1033" /&gt;...</c> in English and Japanese.</summary>
        public static XElement Labels(string container, string item, Label label) =>
            new(container, LabelItems(item, label));

        public static IEnumerable<XElement> LabelItems(string item, Label label)
        {
            yield return new XElement(item, new XAttribute("description", label.English), new XAttribute("languagecode", Label.EnglishCode));
            yield return new XElement(item, new XAttribute("description", label.Japanese), new XAttribute("languagecode", Label.JapaneseCode));
        }

        /// <summary>The custom-API / environment-variable shape: <c>&lt;name default=".."&gt;&lt;label .../&gt;</c>.</summary>
        public static XElement DefaultLabels(string name, Label label) =>
            new(name, new XAttribute("default", label.English), LabelItems("label", label));
    }
}
