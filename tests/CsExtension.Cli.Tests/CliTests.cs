using System;
using System.IO;
using CsExtension.Cli;
using Xunit;

namespace CsExtension.Cli.Tests;

/// <summary>csx called in-process through its entry point, stdout and stderr captured.</summary>
public sealed class CliTests
{
    private static (int Exit, string Out, string Error) Csx(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string TempReport(string name) => Path.Combine(Path.GetTempPath(), "csx-tests-" + name + "-" + Environment.ProcessId + ".html");

    [Fact]
    public void Demo_is_byte_identical_for_the_same_arguments_and_differs_for_another_seed()
    {
        var reportA = TempReport("a");
        var reportB = TempReport("b");
        var reportC = TempReport("c");
        var first = Csx("demo", "--accounts", "200", "--months", "6", "--seed", "1", "--report", reportA);
        var second = Csx("demo", "--accounts", "200", "--months", "6", "--seed", "1", "--report", reportB);
        var other = Csx("demo", "--accounts", "200", "--months", "6", "--seed", "2", "--report", reportC);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(File.ReadAllBytes(reportA), File.ReadAllBytes(reportB));
        Assert.NotEqual(first.Out, other.Out);

        Assert.Contains("KPIs per month", first.Out);
        Assert.Contains("logo churn", first.Out);
        Assert.Contains("NRR", first.Out);
        Assert.Matches(@"At-risk accounts: [1-9]", first.Out);
        Assert.Contains("SLA board", first.Out);
        Assert.Contains("Upsell opportunities", first.Out);

        var html = File.ReadAllText(reportA);
        Assert.Contains("<svg", html);
        Assert.Contains("<polyline", html);
        Assert.DoesNotContain("http://cdn", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Check_of_a_missing_path_exits_1_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-solution-" + Environment.ProcessId + ".zip");
        var result = Csx("check", missing);
        Assert.Equal(1, result.Exit);
        Assert.Contains(missing, result.Error);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void Check_of_a_zip_that_is_not_a_solution_exits_1_saying_so()
    {
        var zip = Path.Combine(Path.GetTempPath(), "not-a-solution-" + Environment.ProcessId + ".zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var result = Csx("check", zip);
        Assert.Equal(1, result.Exit);
        Assert.Contains("not a solution", result.Error);
        File.Delete(zip);
    }

    [Fact]
    public void An_unknown_command_exits_2()
    {
        var result = Csx("frobnicate");
        Assert.Equal(2, result.Exit);
        Assert.Contains("frobnicate", result.Error);
    }

    [Fact]
    public void No_command_or_a_bad_option_value_exits_2()
    {
        Assert.Equal(2, Csx().Exit);
        Assert.Equal(2, Csx("demo", "--accounts", "many").Exit);
        Assert.Equal(2, Csx("demo", "--months", "0").Exit);
        Assert.Equal(2, Csx("check").Exit);
    }

    [Fact]
    public void Help_documents_the_exit_codes()
    {
        var result = Csx("--help");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Exit codes", result.Out);
        Assert.Contains("2  wrong command line", result.Out);
    }
}
