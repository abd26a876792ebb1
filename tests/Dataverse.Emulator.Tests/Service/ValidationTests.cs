using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.Emulator.Tests.Service
{
    /// <summary>What the service refuses on Create and Update, with the platform's error codes (PD-err
    /// data-service-error-codes), and that a refused write leaves nothing behind.</summary>
    public class ValidationTests
    {
        private readonly ServiceFixture _f = new();

        [Fact]
        public void Create_with_an_unknown_column_fails_with_QueryBuilderNoAttribute()
        {
            // PD-err QueryBuilderNoAttribute 0x80041103 ("'account' entity doesn't contain attribute with Name = ...").
            var fault = ServiceFaults.Expect(ErrorCodes.QueryBuilderNoAttribute,
                () => _f.Service.Create(new Entity("account") { ["name"] = "Contoso", ["csx_nosuchcolumn"] = "x" }));

            Assert.Contains("csx_nosuchcolumn", fault.Message, StringComparison.Ordinal);
            Assert.Empty(_f.Ids("account"));
        }

        [Fact]
        public void Update_with_an_unknown_column_fails_with_QueryBuilderNoAttribute()
        {
            // PD-err QueryBuilderNoAttribute 0x80041103.
            var id = _f.CreateAccount("Contoso");

            ServiceFaults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => _f.Service.Update(new Entity("account", id) { ["Name"] = "Case matters" }));

            Assert.Equal("Contoso", _f.RetrieveAll("account", id).GetAttributeValue<string>("name"));
        }

        [Fact]
        public void A_value_of_the_wrong_type_fails_with_InvalidArgument()
        {
            // PD-err InvalidArgument 0x80040203 (service text "Incorrect attribute value type ...", community-reported).
            var fault = ServiceFaults.Expect(ErrorCodes.InvalidArgument,
                () => _f.Service.Create(new Entity("account") { ["name"] = "Contoso", ["revenue"] = 100m }));

            Assert.Contains("Incorrect attribute value type", fault.Message, StringComparison.Ordinal);
            Assert.Empty(_f.Ids("account"));
        }

        [Fact]
        public void A_choice_outside_its_options_fails_with_PicklistValueOutOfRange()
        {
            // PD-err PicklistValueOutOfRange 0x8004431A.
            ServiceFaults.Expect(ErrorCodes.PicklistValueOutOfRange,
                () => _f.Service.Create(new Entity("task") { ["subject"] = "Call", ["prioritycode"] = new OptionSetValue(7) }));

            Assert.Empty(_f.Ids("task"));
        }

        [Fact]
        public void A_status_that_does_not_belong_to_the_state_fails_with_InvalidStateCodeStatusCode()
        {
            // PD-err InvalidStateCodeStatusCode 0x80048408 (account: status Inactive 2 belongs to state Inactive 1, not Active 0).
            var id = _f.CreateAccount("Contoso");

            ServiceFaults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => _f.Service.Update(new Entity("account", id)
            {
                ["statecode"] = new OptionSetValue(0),
                ["statuscode"] = new OptionSetValue(2),
            }));

            Assert.Equal(1, _f.RetrieveAll("account", id).GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        [Fact]
        public void A_lookup_to_a_record_that_does_not_exist_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217; "<table> With Id = <guid> Does Not Exist").
            var missing = Guid.Parse("0b7d3f3e-4444-4a4a-9999-000000000001");

            var fault = ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Create(new Entity("account")
            {
                ["name"] = "Contoso",
                ["primarycontactid"] = new EntityReference("contact", missing),
            }));

            Assert.Contains(missing.ToString(), fault.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(_f.Ids("account"));
        }

        [Fact]
        public void An_update_setting_a_lookup_to_a_record_that_does_not_exist_fails_with_ObjectDoesNotExist()
        {
            // Reference §9.2.3 (PD-err ObjectDoesNotExist 0x80040217).
            var id = _f.CreateAccount("Contoso");

            ServiceFaults.Expect(ErrorCodes.ObjectDoesNotExist, () => _f.Service.Update(new Entity("account", id)
            {
                ["parentaccountid"] = new EntityReference("account", Guid.Parse("0b7d3f3e-4444-4a4a-9999-000000000002")),
            }));

            Assert.False(_f.RetrieveAll("account", id).Contains("parentaccountid"));
        }

        [Fact]
        public void A_lookup_to_a_table_the_column_cannot_refer_to_fails_with_InvalidArgument()
        {
            // PD-err InvalidArgument 0x80040203: primarycontactid refers to contact only.
            var other = _f.CreateAccount("Other");

            ServiceFaults.Expect(ErrorCodes.InvalidArgument, () => _f.Service.Create(new Entity("account")
            {
                ["name"] = "Contoso",
                ["primarycontactid"] = new EntityReference("account", other),
            }));
        }

        [Fact]
        public void A_string_longer_than_the_column_fails_with_StringLengthTooLong()
        {
            // PD-err StringLengthTooLong 0x80044331 (account.accountnumber holds 20 characters).
            ServiceFaults.Expect(ErrorCodes.StringLengthTooLong,
                () => _f.Service.Create(new Entity("account") { ["name"] = "Contoso", ["accountnumber"] = new string('9', 21) }));
        }
    }
}
