using System.IO;

namespace CsExtension.Cli.Demo
{
    /// <summary>What the demo simulates: accounts, reported months (after a one-month warm-up), the seed, the solution.</summary>
    public sealed record DemoOptions(int Accounts, int Months, int Seed, string SolutionFolder)
    {
        public const int DefaultAccounts = 120;
        public const int DefaultMonths = 6;
        public const int MaxMonths = 24;

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
