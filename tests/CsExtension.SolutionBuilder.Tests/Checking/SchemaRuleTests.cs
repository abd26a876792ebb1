using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Checking;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Checking
{
    /// <summary>Schema rules; skipped when the shared schemas are not next to the repository.</summary>
    public class SchemaRuleTests
    {
        private const string Step = "SdkMessageProcessingSteps/{b2d4f6a8-0c1e-4a3b-9d5f-7e8a9b0c1d22}.xml";
        private const string View = "Entities/csx_Widget/SavedQueries/{9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b66}.xml";
        private const string Form = "Entities/csx_Widget/FormXml/main/{8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e44}.xml";

        [SkippableFact]
        public void An_unpacked_file_that_breaks_its_schema_is_reported()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "  <Stage>40</Stage>", "  <Stage>late</Stage>");

            CheckerFixture.AssertSingle(fixture.Check(withSchemas: true), Rules.Schema, Step, line);
        }

        [SkippableFact]
        public void Step_children_in_export_order_are_accepted()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var fixture = CheckerFixture.CopyOfValidSolution();

            // The fixture already writes SdkMessageId first, as real exports do; the schemas' sequence puts it after Rank.
            Assert.True(fixture.LineOf(Step, "<SdkMessageId>") < fixture.LineOf(Step, "<Rank>"));
            Assert.Empty(fixture.Check(withSchemas: true));
        }

        [SkippableFact]
        public void A_file_with_the_wrong_root_element_is_reported()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var fixture = CheckerFixture.CopyOfValidSolution();
            fixture.Write("Roles/Broken.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Roles />\n");

            CheckerFixture.AssertSingle(fixture.Check(withSchemas: true), Rules.Schema, "Roles/Broken.xml", 2);
        }

        [SkippableFact]
        public void A_view_whose_fetchxml_breaks_fetch_xsd_is_reported()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(View, "<order attribute=\"csx_name\" descending=\"false\" />", "<order attribute=\"csx_name\" descending=\"sometimes\" />");

            var findings = fixture.Check(withSchemas: true);

            // The talxis SavedQuery schema types the fetch too, so it may also say so; the Fetch.xsd finding must be there.
            Assert.Contains(findings, finding => finding.Rule == Rules.FetchXmlSchema && finding.File == View && finding.Line == line);
            Assert.All(findings, finding => Assert.Contains(finding.Rule, new[] { Rules.FetchXmlSchema, Rules.Schema }));
        }

        [SkippableFact]
        public void A_form_that_breaks_formxml_xsd_is_reported()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Form, "<tab verticallayout=\"true\"", "<tab verticallayout=\"sideways\"");

            var findings = fixture.Check(withSchemas: true);

            Assert.Contains(findings, finding => finding.Rule == Rules.FormXmlSchema && finding.File == Form && finding.Line == line);
            Assert.All(findings, finding => Assert.Contains(finding.Rule, new[] { Rules.FormXmlSchema, Rules.Schema }));
        }

        [SkippableFact]
        public void A_packed_solution_with_elements_newer_than_the_2017_schema_passes()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var zip = PackedSolution.FromValidFixture(breakIt: false);

            var findings = SolutionChecker.Check(zip.Path, CheckerFixture.SchemasFolder, null);

            Assert.True(findings.Count == 0, string.Join(System.Environment.NewLine, findings));
        }

        [SkippableFact]
        public void A_packed_customizations_xml_that_breaks_the_schema_is_reported()
        {
            CheckerFixture.SkipUnlessSchemasExist();
            using var zip = PackedSolution.FromValidFixture(breakIt: true);

            var findings = SolutionChecker.Check(zip.Path, CheckerFixture.SchemasFolder, null);

            CheckerFixture.AssertSingle(findings, Rules.Schema, "customizations.xml", zip.BrokenLine);
        }
    }
}
