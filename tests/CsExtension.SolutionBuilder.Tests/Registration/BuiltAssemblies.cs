using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Registration
{
    /// <summary>Paths of the net462 builds the test project builds first (see the csproj), read as files only.</summary>
    public static class BuiltAssemblies
    {
        public static string ShippedPlugins => Path("CsExtension.PluginAssemblyPath");

        public static string Fixture => Path("CsExtension.FixturePluginAssemblyPath");

        private static string Path(string key)
        {
            var path = typeof(BuiltAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
            Skip.IfNot(File.Exists(path), $"{path} is not built.");
            return path;
        }
    }
}
