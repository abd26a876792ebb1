using System;
using System.IO;
using System.Linq;
using CsExtension.SolutionBuilder.Checking;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Checking
{
    /// <summary>The check passes what is right: the small valid fixture, and the project's own generated solution.</summary>
    public class ValidSolutionTests
    {
        [Fact]
        public void The_valid_fixture_has_no_findings_without_schemas()
        {
            var findings = SolutionChecker.Check(CheckerFixture.ValidSolution, null, null);

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        [SkippableFact]
        public void The_valid_fixture_has_no_findings_against_the_schemas()
        {
            CheckerFixture.SkipUnlessSchemasExist();

            var findings = SolutionChecker.Check(CheckerFixture.ValidSolution, CheckerFixture.SchemasFolder, null);

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        [SkippableFact]
        public void The_projects_generated_solution_passes_the_check()
        {
            var solution = Path.Combine(CheckerFixture.RepositoryRoot, "Solution");
            Skip.IfNot(File.Exists(Path.Combine(solution, "Other", "Solution.xml")), $"{solution} has not been generated yet.");
            var schemas = Directory.Exists(CheckerFixture.SchemasFolder) ? CheckerFixture.SchemasFolder : null;
            // The shipped net462 plugin build, when the test project has built it, adds the plugin-code rules.
            var plugins = typeof(ValidSolutionTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == "CsExtension.PluginAssemblyPath")?.Value;

            var findings = SolutionChecker.Check(solution, schemas, plugins is not null && File.Exists(plugins) ? plugins : null);

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }
    }
}
