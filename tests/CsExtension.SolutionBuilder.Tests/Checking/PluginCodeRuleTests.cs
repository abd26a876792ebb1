using System.Linq;
using CsExtension.SolutionBuilder.Checking;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Checking
{
    /// <summary>
    /// The plugin-code rules on Fixtures/CheckerPlugins, a net462 assembly with one class breaking each rule and one
    /// clean class; the check reads it as metadata. Findings point at the dll with line 0 and name the class.
    /// </summary>
    public class PluginCodeRuleTests
    {
        private const string Dll = "CsExtension.CheckerPlugins.dll";

        [Theory]
        [InlineData("AllColumnsPlugin", Rules.SpecifyColumns)]
        [InlineData("BatchPlugin", Rules.BatchInPlugin)]
        [InlineData("ParallelPlugin", Rules.ParallelInPlugin)]
        [InlineData("StaticLockPlugin", Rules.LockInPlugin)]
        [InlineData("StaticStatePlugin", Rules.StaticStateInPlugin)]
        [InlineData("SpecializedUpdatePlugin", Rules.SpecializedUpdateOps)]
        public void Each_offending_plugin_breaks_exactly_its_rule(string plugin, string rule)
        {
            var findings = SolutionChecker.Check(CheckerFixture.ValidSolution, null, CheckerFixture.CheckerPlugins)
                .Where(finding => finding.Message.StartsWith($"plugin CheckerPlugins.{plugin}:", System.StringComparison.Ordinal)).ToList();

            CheckerFixture.AssertSingle(findings, rule, Dll, 0);
        }

        [Fact]
        public void The_clean_plugin_and_the_registered_solution_have_no_findings()
        {
            var findings = SolutionChecker.Check(CheckerFixture.ValidSolution, null, CheckerFixture.CheckerPlugins);

            Assert.DoesNotContain(findings, finding => finding.Message.Contains("CleanPlugin", System.StringComparison.Ordinal));
            Assert.All(findings, finding => Assert.Equal(Dll, finding.File));
            Assert.Equal(6, findings.Count);
        }

        [Fact]
        public void Parallel_work_is_found_in_a_helper_the_plugin_calls()
        {
            var findings = SolutionChecker.Check(CheckerFixture.ValidSolution, null, CheckerFixture.CheckerPlugins);

            Assert.Contains(findings, finding => finding.Rule == Rules.ParallelInPlugin && finding.Message.Contains("CheckerPlugins.Background.Start", System.StringComparison.Ordinal));
        }
    }
}
