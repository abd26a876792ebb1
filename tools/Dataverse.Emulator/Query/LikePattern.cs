using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Dataverse.Emulator.Query
{
    /// <summary>SQL LIKE patterns (% any run, _ one character, [abc] / [^abc] sets) as case-insensitive regular
    /// expressions (learn: fetchxml/filter-rows "Use wildcard characters in conditions for string values").</summary>
    internal static class LikePattern
    {
        private static readonly ConcurrentDictionary<string, Regex> Cache = new ConcurrentDictionary<string, Regex>();

        public static Regex ToRegex(string pattern) => Cache.GetOrAdd(pattern, Build);

        private static Regex Build(string pattern)
        {
            var sb = new StringBuilder("^");
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '%':
                        sb.Append(".*");
                        break;
                    case '_':
                        sb.Append('.');
                        break;
                    case '[':
                        var end = pattern.IndexOf(']', i + 1);
                        if (end < 0)
                        {
                            sb.Append(@"\[");
                            break;
                        }

                        var set = pattern.Substring(i + 1, end - i - 1);
                        sb.Append('[');
                        if (set.StartsWith('^'))
                        {
                            sb.Append('^');
                            set = set.Substring(1);
                        }

                        sb.Append(set.Replace(@"\", @"\\").Replace("[", @"\["));
                        sb.Append(']');
                        i = end;
                        break;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            sb.Append('$');
            return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        }
    }
}
