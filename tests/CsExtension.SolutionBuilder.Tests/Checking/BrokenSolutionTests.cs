using System.Linq;
using CsExtension.SolutionBuilder.Checking;
using Xunit;

namespace CsExtension.SolutionBuilder.Tests.Checking
{
    /// <summary>Each test breaks one thing in a copy of the valid fixture and expects exactly that rule, file and line.</summary>
    public class BrokenSolutionTests
    {
        private const string Solution = "Other/Solution.xml";
        private const string WidgetEntity = "Entities/csx_Widget/Entity.xml";
        private const string AccountEntity = "Entities/Account/Entity.xml";
        private const string Form = "Entities/csx_Widget/FormXml/main/{8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e44}.xml";
        private const string View = "Entities/csx_Widget/SavedQueries/{9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b66}.xml";
        private const string Colour = "OptionSets/csx_colour.xml";
        private const string AccountRelationships = "Other/Relationships/Account.xml";
        private const string Step = "SdkMessageProcessingSteps/{b2d4f6a8-0c1e-4a3b-9d5f-7e8a9b0c1d22}.xml";
        private const string Assembly = "PluginAssemblies/CsExtensionCheckerPlugins-6E1C2F40-1D7A-4B8E-9C55-0A7F3B1D2E01/CsExtensionCheckerPlugins.dll.data.xml";

        [Fact]
        public void A_file_that_is_not_xml_is_reported_as_malformed()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(View, "</savedqueries>", "</savedquery>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.MalformedXml, View, line);
        }

        [Fact]
        public void A_root_component_the_solution_does_not_define_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Solution, "    </RootComponents>", "      <RootComponent type=\"61\" schemaName=\"csx_/gone.js\" behavior=\"0\" />\n    </RootComponents>");

            var finding = CheckerFixture.AssertSingle(fixture.Check(), Rules.RootComponentWithoutComponent, Solution, line);
            Assert.Contains("csx_/gone.js", finding.Message);
        }

        [Fact]
        public void A_component_without_a_root_component_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            fixture.Replace(Solution, "      <RootComponent type=\"9\" schemaName=\"csx_colour\" behavior=\"0\" />\n", "");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.ComponentWithoutRootComponent, Colour, fixture.LineOf(Colour, "<optionset"));
        }

        [Fact]
        public void A_standard_table_the_solution_extends_needs_its_root_component_too()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            fixture.Replace(Solution, "      <RootComponent type=\"1\" schemaName=\"account\" behavior=\"2\" />\n", "");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.ComponentWithoutRootComponent, AccountEntity, fixture.LineOf(AccountEntity, "<Entity"));
        }

        [Fact]
        public void Two_components_with_one_id_are_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(View, "<savedqueryid>{9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b66}</savedqueryid>", "<savedqueryid>{8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e44}</savedqueryid>");

            var finding = CheckerFixture.AssertSingle(fixture.Check(), Rules.DuplicateId, View, line);
            Assert.Contains(Form, finding.Message);
        }

        [Fact]
        public void A_custom_column_on_a_standard_table_without_the_prefix_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(AccountEntity, "<attribute PhysicalName=\"csx_HealthScore\">", "<attribute PhysicalName=\"HealthScore\">");
            fixture.Replace(AccountEntity, "<Name>csx_healthscore</Name>", "<Name>healthscore</Name>");
            fixture.Replace(AccountEntity, "<LogicalName>csx_healthscore</LogicalName>", "<LogicalName>healthscore</LogicalName>");

            var finding = CheckerFixture.AssertSingle(fixture.Check(), Rules.PublisherPrefix, AccountEntity, line);
            Assert.Contains("'healthscore'", finding.Message);
        }

        [Fact]
        public void A_custom_relationship_without_the_prefix_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(AccountRelationships, "Name=\"csx_account_csx_widget_accountid\"", "Name=\"account_widget\"");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.PublisherPrefix, AccountRelationships, line);
        }

        [Fact]
        public void A_custom_table_without_the_prefix_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            fixture.Write("Entities/gadget/Entity.xml",
                "<Entity>\n  <Name LocalizedName=\"Gadget\" OriginalName=\"Gadget\">gadget</Name>\n  <EntityInfo>\n    <entity Name=\"gadget\">\n      <attributes />\n    </entity>\n  </EntityInfo>\n</Entity>\n");
            fixture.Replace(Solution, "    </RootComponents>", "      <RootComponent type=\"1\" schemaName=\"gadget\" behavior=\"0\" />\n    </RootComponents>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.PublisherPrefix, "Entities/gadget/Entity.xml", 2);
        }

        [Fact]
        public void A_global_choice_value_outside_the_publishers_range_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Colour, "<option value=\"615300001\">", "<option value=\"100000001\">");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.OptionValueRange, Colour, line);
        }

        [Fact]
        public void An_added_status_reason_of_a_custom_table_must_come_from_the_publishers_range()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(WidgetEntity, "<status value=\"615300000\" state=\"0\">", "<status value=\"3\" state=\"0\">");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.OptionValueRange, WidgetEntity, line);
        }

        [Fact]
        public void A_view_naming_a_missing_column_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(View, "<attribute name=\"csx_size\" />", "<attribute name=\"csx_sise\" />");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.UnknownColumn, View, line);
        }

        [Fact]
        public void A_view_naming_a_missing_column_of_a_linked_standard_table_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(View, "<attribute name=\"name\" />", "<attribute name=\"nickname\" />");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.UnknownColumn, View, line);
        }

        [Fact]
        public void A_view_on_a_missing_table_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(View, "<entity name=\"csx_widget\">", "<entity name=\"csx_gadget\">");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.UnknownTable, View, line);
        }

        [Fact]
        public void A_form_control_naming_a_missing_column_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Form, "datafieldname=\"csx_accountid\"", "datafieldname=\"csx_account\"");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.UnknownColumn, Form, line);
        }

        [Fact]
        public void A_form_library_that_the_solution_does_not_ship_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Form, "<Library name=\"csx_/widget.js\"", "<Library name=\"csx_/gadget.js\"");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.MissingWebResource, Form, line);
        }

        [Fact]
        public void A_step_on_a_plugin_type_nobody_registers_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "<PluginTypeName>CheckerPlugins.CleanPlugin,", "<PluginTypeName>CheckerPlugins.GonePlugin,");
            fixture.Replace(Step, "<PluginTypeId>c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e55</PluginTypeId>", "<PluginTypeId>00000000-0000-0000-0000-000000000001</PluginTypeId>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.StepUnknownPluginType, Step, line);
        }

        [Fact]
        public void A_registered_plugin_type_missing_from_the_assembly_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Assembly, "Name=\"CheckerPlugins.CleanPlugin\"", "Name=\"CheckerPlugins.RenamedPlugin\"");
            fixture.Replace(Assembly, "AssemblyQualifiedName=\"CheckerPlugins.CleanPlugin,", "AssemblyQualifiedName=\"CheckerPlugins.RenamedPlugin,");

            var findings = fixture.Check(pluginAssembly: CheckerFixture.CheckerPlugins)
                .Where(finding => finding.File != "CsExtension.CheckerPlugins.dll").ToList();

            // The step still names CleanPlugin by its PluginTypeId, so only the registration is wrong.
            CheckerFixture.AssertSingle(findings, Rules.StepUnknownPluginType, Assembly, line);
        }

        [Fact]
        public void A_step_on_an_unknown_message_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", "<SdkMessageId>20bebb1b-0000-db11-86a7-000a3a5473e8</SdkMessageId>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.StepUnknownMessage, Step, line);
        }

        [Fact]
        public void A_step_on_a_missing_table_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "<PrimaryEntity>csx_widget</PrimaryEntity>", "<PrimaryEntity>csx_gadget</PrimaryEntity>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.StepUnknownTable, Step, line);
        }

        [Fact]
        public void An_update_step_without_filtering_attributes_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "<FilteringAttributes>csx_name,csx_size</FilteringAttributes>", "<FilteringAttributes></FilteringAttributes>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.UpdateStepWithoutFilter, Step, line);
        }

        [Fact]
        public void A_filtering_attribute_that_does_not_exist_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "<FilteringAttributes>csx_name,csx_size</FilteringAttributes>", "<FilteringAttributes>csx_name,csx_sise</FilteringAttributes>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.StepUnknownColumn, Step, line);
        }

        [Fact]
        public void An_image_column_that_does_not_exist_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            var line = fixture.Replace(Step, "<Attributes>csx_name,csx_size</Attributes>", "<Attributes>csx_name,csx_colour,csx_shape</Attributes>");

            CheckerFixture.AssertSingle(fixture.Check(), Rules.StepUnknownColumn, Step, line);
        }

        [Fact]
        public void The_same_step_registered_twice_is_reported()
        {
            using var fixture = CheckerFixture.CopyOfValidSolution();
            const string copy = "SdkMessageProcessingSteps/{e1e2e3e4-0c1e-4a3b-9d5f-7e8a9b0c1d33}.xml";
            fixture.Write(copy, System.IO.File.ReadAllText(System.IO.Path.Combine(fixture.Folder, Step))
                .Replace("b2d4f6a8-0c1e-4a3b-9d5f-7e8a9b0c1d22", "e1e2e3e4-0c1e-4a3b-9d5f-7e8a9b0c1d33")
                .Replace("d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f77", "e5e6e7e8-b8c9-4d0e-8f1a-2b3c4d5e6f88")
                .Replace("csx_name,csx_size</FilteringAttributes>", "csx_size,csx_name</FilteringAttributes>"));
            fixture.Replace(Solution, "    </RootComponents>", "      <RootComponent type=\"92\" id=\"{e1e2e3e4-0c1e-4a3b-9d5f-7e8a9b0c1d33}\" behavior=\"0\" />\n    </RootComponents>");

            var finding = CheckerFixture.AssertSingle(fixture.Check(), Rules.DuplicateRegistration, copy, 2);
            Assert.Contains(Step, finding.Message);
        }
    }
}
