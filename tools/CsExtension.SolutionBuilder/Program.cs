using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsExtension.SolutionBuilder.Checking;
using CsExtension.SolutionBuilder.Generation;
using CsExtension.SolutionBuilder.Packing;
using CsExtension.SolutionBuilder.Registration;

namespace CsExtension.SolutionBuilder
{
    /// <summary>generate | pack | check. Exit codes: 0 done, 1 the check found problems or packing refused the input,
    /// 2 the command line is wrong.</summary>
    public static class Program
    {
        private const string Usage = """
            Usage:
              CsExtension.SolutionBuilder generate [--solution <folder>] [--assembly <CsExtension.Plugins.dll>]
                  Writes the unpacked solution from the model, then its plugin registration from the compiled net462 assembly.
              CsExtension.SolutionBuilder pack --assembly <dll> [--solution <folder>] [--webresources <folder>] [--out <folder>]
                  Writes CsExtension.zip and CsExtension_managed.zip.
              CsExtension.SolutionBuilder check <zip or folder>... [--schemas <folder>] [--assembly <dll>]
                  Prints one line per problem as file(line): error rule: message.
            """;

        public static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            var (positional, options) = Parse(args.Skip(1));
            try
            {
                switch (args[0])
                {
                    case "generate":
                        var solution = options.GetValueOrDefault("solution", "Solution");
                        SolutionGenerator.Generate(solution);
                        if (options.TryGetValue("assembly", out var generateAssembly))
                        {
                            RegistrationGenerator.Generate(generateAssembly, solution);
                        }

                        Console.WriteLine($"Generated {Path.GetFullPath(solution)}");
                        return 0;
                    case "pack":
                        var (unmanaged, managed, _) = SolutionRelease.Pack(
                            options.GetValueOrDefault("solution", "Solution"),
                            Required(options, "assembly"),
                            options.GetValueOrDefault("webresources"),
                            options.GetValueOrDefault("out", "artifacts/solution"));
                        Console.WriteLine($"Packed {unmanaged}");
                        Console.WriteLine($"Packed {managed}");
                        return 0;
                    case "check":
                        if (positional.Count == 0)
                        {
                            throw new ArgumentException("check needs a solution zip or unpacked folder.");
                        }

                        var findings = positional
                            .SelectMany(path => SolutionChecker.Check(path, options.GetValueOrDefault("schemas"), options.GetValueOrDefault("assembly"))
                                .Select(finding => (path, finding)))
                            .ToList();
                        foreach (var (path, finding) in findings)
                        {
                            // The compiler-diagnostic shape, so MSBuild and editors show each finding at its file and line.
                            Console.WriteLine($"{Path.Combine(path, finding.File)}({finding.Line}): error {finding.Rule}: {finding.Message}");
                        }

                        Console.WriteLine(findings.Count == 0
                            ? $"Checked {string.Join(", ", positional)}: no problems."
                            : $"Checked {string.Join(", ", positional)}: {findings.Count} problem(s).");
                        return findings.Count == 0 ? 0 : 1;
                    default:
                        throw new ArgumentException($"Unknown command '{args[0]}'.");
                }
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine(error.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }
            catch (SolutionPackingException error)
            {
                Console.Error.WriteLine(error.Message);
                return 1;
            }
        }

        private static string Required(IReadOnlyDictionary<string, string> options, string name) =>
            options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

        private static (List<string> Positional, Dictionary<string, string> Options) Parse(IEnumerable<string> args)
        {
            var positional = new List<string>();
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            using var e = args.GetEnumerator();
            while (e.MoveNext())
            {
                if (e.Current.StartsWith("--", StringComparison.Ordinal))
                {
                    var name = e.Current[2..];
                    options[name] = e.MoveNext() ? e.Current : throw new ArgumentException($"--{name} needs a value.");
                }
                else
                {
                    positional.Add(e.Current);
                }
            }

            return (positional, options);
        }
    }
}
