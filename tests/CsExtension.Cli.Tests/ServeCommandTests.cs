using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using CsExtension.Cli;
using Xunit;

namespace CsExtension.Cli.Tests;

/// <summary>csx serve's refusals; serving itself is tested in the browser tests (WebResources/tests/browser/served.test.ts)
/// and the Web API tests.</summary>
public sealed class ServeCommandTests
{
    private static (int Exit, string Out, string Error) Csx(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // A serve that did start would wait for Ctrl+C: a time limit turns that into a failure instead of a hang.
        var run = Task.Run(() => Program.Run(args, stdout, stderr));
        Assert.True(run.Wait(TimeSpan.FromSeconds(120)), "csx serve did not return: it is serving when it should have refused.");
        return (run.Result, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_port_in_use_is_refused_naming_it_and_saying_what_to_do()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = Csx("serve", "--accounts", "5", "--months", "1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.Exit);
        Assert.Contains($"127.0.0.1:{port}", result.Error);
        Assert.Contains("--port", result.Error);
    }

    [Fact]
    public void A_folder_that_is_not_a_solution_is_refused_before_anything_is_simulated()
    {
        var folder = Directory.CreateTempSubdirectory("csx-not-a-solution-").FullName;

        var result = Csx("serve", "--solution", folder);

        Assert.Equal(1, result.Exit);
        Assert.Contains(folder, result.Error);
        Assert.Contains("Other/Solution.xml", result.Error);
        Assert.DoesNotContain("month", result.Error);
    }

    [Fact]
    public void A_bad_port_is_a_wrong_command_line()
    {
        Assert.Equal(2, Csx("serve", "--port", "70000").Exit);
    }
}
