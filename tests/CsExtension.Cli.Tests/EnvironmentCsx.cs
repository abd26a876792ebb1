using System.CommandLine;
using System.IO;
using CsExtension.Cli.DataverseEnvironment;

namespace CsExtension.Cli.Tests;

/// <summary>The environment commands run in-process as Program.Run runs them, but with the machine's network, clock,
/// variables and sign-in replaced.</summary>
public static class EnvironmentCsx
{
    public static (int Exit, string Out, string Error) Run(EnvironmentAccess access, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand();
        foreach (var command in EnvironmentCommands.Create(stdout, stderr, access))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            return (Program.WrongCommandLine, stdout.ToString(), stderr.ToString());
        }

        var exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null });
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
