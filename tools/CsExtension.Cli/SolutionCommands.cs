using System;
using System.CommandLine;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CsExtension.SolutionBuilder;
using CsExtension.SolutionBuilder.Checking;
using CsExtension.SolutionBuilder.Packing;

namespace CsExtension.Cli
{
    /// <summary>pack and check: the SolutionBuilder's commands (SolutionRelease.Pack, SolutionChecker.Check), with errors
    /// that say what is wrong and what to do.</summary>
    public static class SolutionCommands
    {
        public static Command PackCommand(TextWriter stdout, TextWriter stderr)
        {
            var assembly = new Option<string>("--assembly") { Description = "The compiled net462 plugin assembly (Plugins/CsExtension.Plugins/bin/Release/net462/CsExtension.Plugins.dll).", Required = true };
            var solution = new Option<string>("--solution") { Description = "The unpacked solution folder.", DefaultValueFactory = _ => "Solution" };
            var webResources = new Option<string?>("--webresources") { Description = "The built web resources (WebResources/dist)." };
            var output = new Option<string>("--out") { Description = "Where to write CsExtension.zip and CsExtension_managed.zip.", DefaultValueFactory = _ => Path.Combine("artifacts", "solution") };
            var command = new Command("pack", "Packs CsExtension.zip (unmanaged) and CsExtension_managed.zip.") { assembly, solution, webResources, output };
            command.SetAction(result =>
            {
                var assemblyPath = result.GetValue(assembly)!;
                var solutionFolder = result.GetValue(solution)!;
                var webFolder = result.GetValue(webResources);
                if (!File.Exists(assemblyPath))
                {
                    stderr.WriteLine($"The plugin assembly '{assemblyPath}' does not exist: build it first (dotnet build Plugins/CsExtension.Plugins -c Release) or pass --assembly <path>.");
                    return Program.Problems;
                }

                if (!Directory.Exists(solutionFolder))
                {
                    stderr.WriteLine($"The solution folder '{solutionFolder}' does not exist: run from the repository root or pass --solution <folder>.");
                    return Program.Problems;
                }

                if (webFolder is not null && !Directory.Exists(webFolder))
                {
                    stderr.WriteLine($"The web resources folder '{webFolder}' does not exist: build them (cd WebResources && npm ci && npm run build) or leave out --webresources.");
                    return Program.Problems;
                }

                try
                {
                    var (unmanaged, managed, _) = SolutionRelease.Pack(solutionFolder, assemblyPath, webFolder, result.GetValue(output)!);
                    stdout.WriteLine($"Packed {unmanaged}");
                    stdout.WriteLine($"Packed {managed}");
                    return Program.Ok;
                }
                catch (Exception error) when (error is SolutionPackingException or ArgumentException or IOException)
                {
                    stderr.WriteLine($"Packing refused: {error.Message}");
                    return Program.Problems;
                }
            });
            return command;
        }

        public static Command CheckCommand(TextWriter stdout, TextWriter stderr)
        {
            var paths = new Argument<string[]>("solution") { Description = "Solution zips or unpacked solution folders.", Arity = ArgumentArity.OneOrMore };
            var schemas = new Option<string?>("--schemas") { Description = "Microsoft's solution schemas (../shared/schemas); without it the schema rules are skipped." };
            var assembly = new Option<string?>("--assembly") { Description = "The compiled plugin assembly; without it the IL rules are skipped." };
            var command = new Command("check", "Checks solutions; prints one line per problem as file(line): error rule: message.") { paths, schemas, assembly };
            command.SetAction(result =>
            {
                var targets = result.GetValue(paths)!;
                var schemaFolder = result.GetValue(schemas);
                var assemblyPath = result.GetValue(assembly);
                var refused = false;
                foreach (var path in targets.Where(path => !File.Exists(path) && !Directory.Exists(path)))
                {
                    stderr.WriteLine($"'{path}' does not exist: pass a solution zip (artifacts/solution/CsExtension_managed.zip, written by 'csx pack') or an unpacked solution folder.");
                    refused = true;
                }

                if (schemaFolder is not null && !Directory.Exists(schemaFolder))
                {
                    stderr.WriteLine($"The schema folder '{schemaFolder}' does not exist: pass --schemas <the shared schemas folder> or leave it out to skip the schema rules.");
                    refused = true;
                }

                if (assemblyPath is not null && !File.Exists(assemblyPath))
                {
                    stderr.WriteLine($"The plugin assembly '{assemblyPath}' does not exist: build it (dotnet build Plugins/CsExtension.Plugins -c Release) or leave out --assembly.");
                    refused = true;
                }

                foreach (var path in targets.Where(path => File.Exists(path) || Directory.Exists(path)))
                {
                    var notASolution = NotASolution(path);
                    if (notASolution is not null)
                    {
                        stderr.WriteLine(notASolution);
                        refused = true;
                    }
                }

                if (refused)
                {
                    return Program.Problems;
                }

                var problems = 0;
                foreach (var path in targets)
                {
                    try
                    {
                        foreach (var finding in SolutionChecker.Check(path, schemaFolder, assemblyPath))
                        {
                            stdout.WriteLine($"{Path.Combine(path, finding.File)}({finding.Line}): error {finding.Rule}: {finding.Message}");
                            problems++;
                        }
                    }
                    catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException or BadImageFormatException)
                    {
                        stderr.WriteLine($"'{path}' could not be read as a solution ({error.Message}): pass a solution zip packed by 'csx pack' or the Power Platform, or an unpacked solution folder.");
                        problems++;
                    }
                }

                stdout.WriteLine(problems == 0
                    ? $"Checked {string.Join(", ", targets)}: no problems."
                    : $"Checked {string.Join(", ", targets)}: {problems} problem(s).");
                return problems == 0 ? Program.Ok : Program.Problems;
            });
            return command;
        }

        /// <summary>Why the path is not a solution the check can read (null when it is): a zip without the solution's
        /// manifests, a file that is no zip, a folder without Other/Solution.xml.</summary>
        internal static string? NotASolution(string path)
        {
            if (Directory.Exists(path))
            {
                return File.Exists(Path.Combine(path, "Other", "Solution.xml"))
                    ? null
                    : $"'{path}' is a folder but not an unpacked solution (no Other/Solution.xml): pass the Solution folder or a solution zip.";
            }

            try
            {
                using var archive = ZipFile.OpenRead(path);
                var names = archive.Entries.Select(entry => entry.FullName).ToList();
                var missing = new[] { "solution.xml", "customizations.xml" }.Where(name => !names.Contains(name, StringComparer.Ordinal)).ToList();
                return missing.Count == 0
                    ? null
                    : $"'{path}' is a zip but not a solution (no {string.Join(" or ", missing)} at its root): pass a zip packed by 'csx pack' or exported from Power Apps.";
            }
            catch (InvalidDataException)
            {
                return $"'{path}' is not a zip file: pass a solution zip (artifacts/solution/CsExtension_managed.zip) or an unpacked solution folder.";
            }
        }
    }
}
