using System;
using System.IO;

namespace CsExtension.Cli.Demo
{
    /// <summary>What the demo simulates: accounts, reported months (after a one-month warm-up), the seed, the solution,
    /// and the first day of the warm-up month (default 1 December 2025, so the same arguments give the same output).</summary>
    public sealed record DemoOptions(int Accounts, int Months, int Seed, string SolutionFolder, DateTime? Start = null)
    {
        public const int DefaultAccounts = 120;
        public const int DefaultMonths = 6;
        public const int MaxMonths = 24;

        public static readonly DateTime DefaultStart = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The Japanese holiday table ends in March 2028; SLA calendars look three months past the last month.</summary>
        private static readonly DateTime HolidaysEnd = new(2028, 4, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The first day of the warm-up month.</summary>
        public DateTime WarmUpStart => Start ?? DefaultStart;

        /// <summary>The start that makes the last simulated month the one before <paramref name="today"/>'s, so the data
        /// ends where a browser's clock is (csx serve); kept within the holiday table.</summary>
        public static DateTime StartEndingBefore(DateTime today, int months)
        {
            var thisMonth = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var start = thisMonth.AddMonths(-(months + 1));
            var latest = HolidaysEnd.AddMonths(-(months + 4));
            if (start > latest)
            {
                start = latest;
            }

            return start < DefaultStart ? DefaultStart : start;
        }

        /// <summary>The solution folder to simulate with: the one given, else the one beside CsExtension.sln above the
        /// current folder or the program; null (after saying why on <paramref name="errors"/>) when it is not one.</summary>
        public static string? ResolveSolutionFolder(string? given, TextWriter errors)
        {
            var folder = given ?? FindSolutionFolder(Directory.GetCurrentDirectory()) ?? FindSolutionFolder(AppContext.BaseDirectory);
            if (folder is null)
            {
                errors.WriteLine("No CsExtension.sln above the current folder: pass --solution <the unpacked Solution folder>.");
                return null;
            }

            if (!Directory.Exists(folder) || !File.Exists(Path.Combine(folder, "Other", "Solution.xml")))
            {
                errors.WriteLine($"'{folder}' is not an unpacked solution folder (no Other/Solution.xml): pass --solution <the Solution folder of the repository>.");
                return null;
            }

            return folder;
        }

        /// <summary>The Solution folder beside the first CsExtension.sln found walking up from <paramref name="start"/>.</summary>
        public static string? FindSolutionFolder(string start)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CsExtension.sln")))
                {
                    return Path.Combine(folder.FullName, "Solution");
                }
            }

            return null;
        }
    }
}
