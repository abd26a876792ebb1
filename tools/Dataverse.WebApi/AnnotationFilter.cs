using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.WebApi
{
    /// <summary>Which instance annotations a caller asked for with <c>Prefer: odata.include-annotations="..."</c>:
    /// "*", a list of names, or names ending in ".*" (a whole namespace); "-name" excludes. None by default, as in
    /// Dataverse, where formatted values come only when requested.</summary>
    public sealed class AnnotationFilter
    {
        private readonly IReadOnlyList<string> _include;
        private readonly IReadOnlyList<string> _exclude;

        private AnnotationFilter(IReadOnlyList<string> include, IReadOnlyList<string> exclude)
        {
            _include = include;
            _exclude = exclude;
        }

        public static AnnotationFilter None { get; } = new(Array.Empty<string>(), Array.Empty<string>());

        /// <summary>Reads the odata.include-annotations preference out of the Prefer header values (its list is quoted
        /// and may hold commas, so the header is not split on commas first).</summary>
        public static AnnotationFilter FromPrefer(IEnumerable<string?> preferHeaders)
        {
            const string name = "odata.include-annotations=";
            foreach (var header in preferHeaders)
            {
                var start = header?.IndexOf(name, StringComparison.OrdinalIgnoreCase) ?? -1;
                if (start < 0)
                {
                    continue;
                }

                start += name.Length;
                string list;
                if (start < header!.Length && header[start] == '"')
                {
                    var end = header.IndexOf('"', start + 1);
                    list = header.Substring(start + 1, (end < 0 ? header.Length : end) - start - 1);
                }
                else
                {
                    var end = header.IndexOfAny(new[] { ',', ';' }, start);
                    list = header.Substring(start, (end < 0 ? header.Length : end) - start);
                }

                var patterns = list.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                return new AnnotationFilter(
                    patterns.Where(p => !p.StartsWith('-')).ToList(),
                    patterns.Where(p => p.StartsWith('-')).Select(p => p.Substring(1)).ToList());
            }

            return None;
        }

        public bool Includes(string annotation) =>
            _include.Any(p => Matches(p, annotation)) && !_exclude.Any(p => Matches(p, annotation));

        private static bool Matches(string pattern, string annotation) =>
            pattern == "*"
            || string.Equals(pattern, annotation, StringComparison.OrdinalIgnoreCase)
            || (pattern.EndsWith(".*", StringComparison.Ordinal) && annotation.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase));
    }
}
