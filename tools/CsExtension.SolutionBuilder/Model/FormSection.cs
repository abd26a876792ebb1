using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A form section with its columns, one field per row.</summary>
    public sealed record FormSection(string Name, Label Label, IReadOnlyList<string> Columns)
    {
        /// <summary>An HTML web resource shown in the section (its control is named WebResource_&lt;file name&gt;).</summary>
        public string? WebResource { get; init; }

        public static string ControlName(string webResource) =>
            "WebResource_csx_" + System.IO.Path.GetFileNameWithoutExtension(webResource);
    }
}
