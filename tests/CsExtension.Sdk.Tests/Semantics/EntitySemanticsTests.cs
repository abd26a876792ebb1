using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>Client-side behaviour of <see cref="Entity"/> that plugins rely on (reference §4 Entity, §9.1).</summary>
public sealed class EntitySemanticsTests
{
    [EntityLogicalName("account")]
    private sealed class EarlyBoundAccount : Entity
    {
        public EarlyBoundAccount()
            : base("account")
        {
        }
    }

    private sealed class SubclassWithoutLogicalName : Entity
    {
    }

    // --- indexer, Contains, keys ---

    [Fact]
    public void Indexer_get_of_a_missing_column_throws_KeyNotFoundException()
    {
        // reference §9.1.1 (D1 DataCollection`2; mscrmuk.blogspot.com 2013/04)
        var entity = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => entity["name"]);
    }

    [Fact]
    public void Attributes_indexer_get_of_a_missing_column_throws_KeyNotFoundException()
    {
        // reference §9.1.1 (D1 DataCollection`2)
        var entity = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => entity.Attributes["name"]);
    }

    [Fact]
    public void Indexer_set_adds_a_missing_column_and_replaces_an_existing_one()
    {
        // reference §9.1.2 (D1: Dictionary indexer semantics)
        var entity = new Entity("account");

        entity["name"] = "first";
        entity["name"] = "second";

        Assert.Equal("second", entity["name"]);
        Assert.Single(entity.Attributes);
    }

    [Fact]
    public void Indexer_and_Attributes_are_the_same_store()
    {
        // reference §4 Entity (D1: this[string] forwards to Attributes[...])
        var entity = new Entity("account");

        entity["name"] = "via indexer";
        entity.Attributes["telephone1"] = "via attributes";

        Assert.Equal("via indexer", entity.Attributes["name"]);
        Assert.Equal("via attributes", entity["telephone1"]);
    }

    [Fact]
    public void Attributes_Add_of_an_existing_column_throws_ArgumentException()
    {
        // reference §9.1.2 (D1: Attributes.Add throws ArgumentException on a duplicate key)
        var entity = new Entity("account");
        entity.Attributes.Add("name", "first");

        Assert.Throws<ArgumentException>(() => entity.Attributes.Add("name", "second"));
    }

    [Fact]
    public void Column_names_are_case_sensitive()
    {
        // reference §9.1.3 (D1 default Dictionary comparer; PD-sel "always lower-case")
        var entity = new Entity("account") { ["name"] = "Contoso" };

        Assert.True(entity.Contains("name"));
        Assert.False(entity.Contains("Name"));
        Assert.Throws<KeyNotFoundException>(() => entity["Name"]);
    }

    [Fact]
    public void Contains_is_true_for_a_column_whose_value_is_null()
    {
        // reference §9.1.4 (D1: Contains is a pure key-existence test)
        var entity = new Entity("account") { ["name"] = null };

        Assert.True(entity.Contains("name"));
    }

    [Fact]
    public void Contains_is_false_for_a_missing_column()
    {
        // reference §9.1.4 (D1)
        Assert.False(new Entity("account").Contains("name"));
    }

    // --- GetAttributeValue<T> ---

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GetAttributeValue_with_a_null_empty_or_blank_name_throws_ArgumentNullException(string? name)
    {
        // reference §9.1.5 (D1; OLD gg326129)
        var entity = new Entity("account");

        Assert.Throws<ArgumentNullException>(() => entity.GetAttributeValue<string>(name));
    }

    [Fact]
    public void GetAttributeValue_of_a_missing_column_returns_the_default_of_T()
    {
        // reference §9.1.5 (D1; OLD gg326129 "returns null rather than throwing")
        var entity = new Entity("account");

        Assert.Equal(0, entity.GetAttributeValue<int>("numberofemployees"));
        Assert.Null(entity.GetAttributeValue<int?>("numberofemployees"));
        Assert.False(entity.GetAttributeValue<bool>("donotemail"));
        Assert.Null(entity.GetAttributeValue<string>("name"));
        Assert.Null(entity.GetAttributeValue<EntityReference>("primarycontactid"));
        Assert.Equal(Guid.Empty, entity.GetAttributeValue<Guid>("accountid"));
    }

    [Fact]
    public void GetAttributeValue_of_a_column_holding_null_returns_the_default_of_T()
    {
        // reference §9.1.5 (D1: default(T) when the stored value is null)
        var entity = new Entity("account")
        {
            ["numberofemployees"] = null,
            ["donotemail"] = null,
            ["name"] = null,
        };

        Assert.Equal(0, entity.GetAttributeValue<int>("numberofemployees"));
        Assert.Null(entity.GetAttributeValue<int?>("numberofemployees"));
        Assert.False(entity.GetAttributeValue<bool>("donotemail"));
        Assert.Null(entity.GetAttributeValue<string>("name"));
    }

    [Fact]
    public void GetAttributeValue_returns_a_stored_value_of_the_asked_type()
    {
        // reference §9.1.5 (D1: a direct cast (T)value)
        var contact = new EntityReference("contact", Guid.NewGuid());
        var entity = new Entity("account")
        {
            ["numberofemployees"] = 42,
            ["primarycontactid"] = contact,
        };

        Assert.Equal(42, entity.GetAttributeValue<int>("numberofemployees"));
        Assert.Equal(42, entity.GetAttributeValue<int?>("numberofemployees"));
        Assert.Same(contact, entity.GetAttributeValue<EntityReference>("primarycontactid"));
        Assert.Equal(42, entity.GetAttributeValue<object>("numberofemployees"));
    }

    [Fact]
    public void GetAttributeValue_of_a_stored_int_asked_as_long_throws_InvalidCastException()
    {
        // reference §9.1.5 (D1: unboxing cast, no numeric widening)
        var entity = new Entity("account") { ["numberofemployees"] = 42 };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<long>("numberofemployees"));
    }

    [Fact]
    public void GetAttributeValue_of_a_stored_int_asked_as_decimal_throws_InvalidCastException()
    {
        // reference §9.1.5 (D1: unboxing cast, no numeric conversion)
        var entity = new Entity("account") { ["numberofemployees"] = 42 };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<decimal>("numberofemployees"));
    }

    [Fact]
    public void GetAttributeValue_of_a_stored_OptionSetValue_asked_as_int_throws_InvalidCastException()
    {
        // reference §9.1.5 (D1: wrapper types are not unwrapped)
        var entity = new Entity("account") { ["industrycode"] = new OptionSetValue(3) };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<int>("industrycode"));
    }

    [Fact]
    public void GetAttributeValue_of_a_stored_Money_asked_as_decimal_throws_InvalidCastException()
    {
        // reference §9.1.5 (D1: wrapper types are not unwrapped)
        var entity = new Entity("account") { ["revenue"] = new Money(10m) };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<decimal>("revenue"));
    }

    [Fact]
    public void GetAttributeValue_of_a_stored_AliasedValue_asked_as_the_inner_type_throws_InvalidCastException()
    {
        // reference §9.1.5 (D1: AliasedValue is not unwrapped; OLD gg308322)
        var entity = new Entity("account") { ["c.fullname"] = new AliasedValue("contact", "fullname", "Ann") };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<string>("c.fullname"));
        Assert.Equal("Ann", entity.GetAttributeValue<AliasedValue>("c.fullname").Value);
    }

    // --- TryGetAttributeValue<T> ---

    [Fact]
    public void TryGetAttributeValue_of_a_missing_column_returns_false_and_default()
    {
        // reference §9.1.6 (D1)
        var entity = new Entity("account");

        Assert.False(entity.TryGetAttributeValue("numberofemployees", out int value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void TryGetAttributeValue_of_a_column_holding_null_returns_false()
    {
        // reference §9.1.6 (D1: false when missing/null)
        var entity = new Entity("account") { ["name"] = null };

        Assert.False(entity.TryGetAttributeValue("name", out string? value));
        Assert.Null(value);
    }

    [Fact]
    public void TryGetAttributeValue_of_a_value_of_the_asked_type_returns_true_and_the_value()
    {
        // reference §9.1.6 (D1: true with the value if it is T)
        var contact = new EntityReference("contact", Guid.NewGuid());
        var entity = new Entity("account") { ["primarycontactid"] = contact };

        Assert.True(entity.TryGetAttributeValue("primarycontactid", out EntityReference? value));
        Assert.Same(contact, value);
    }

    [Fact]
    public void TryGetAttributeValue_converts_through_the_TypeConverter_of_T()
    {
        // reference §9.1.6 (D1: TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value))
        var entity = new Entity("account") { ["numberofemployees"] = "42" };

        Assert.True(entity.TryGetAttributeValue("numberofemployees", out int value));
        Assert.Equal(42, value);
    }

    [Fact]
    public void TryGetAttributeValue_returns_false_and_default_when_the_conversion_fails()
    {
        // reference §9.1.6 (D1: any exception from the converter gives false with default(T))
        var entity = new Entity("account")
        {
            ["numberofemployees"] = "not a number",
            ["industrycode"] = new OptionSetValue(3),
        };

        Assert.False(entity.TryGetAttributeValue("numberofemployees", out int parsed));
        Assert.Equal(0, parsed);
        Assert.False(entity.TryGetAttributeValue("industrycode", out int unwrapped));
        Assert.Equal(0, unwrapped);
    }

    // --- collection setters, Id ---

    [Fact]
    public void Attributes_setter_replaces_the_collection_object_without_copying()
    {
        // reference §9.1.7 (D1)
        var entity = new Entity("account");
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        entity.Attributes = attributes;
        attributes["telephone1"] = "555";

        Assert.Same(attributes, entity.Attributes);
        Assert.Equal("555", entity["telephone1"]);
    }

    [Fact]
    public void KeyAttributes_setter_replaces_the_collection_object_without_copying()
    {
        // reference §9.1.7 (D1: KeyAttributes setter likewise)
        var entity = new Entity("account");
        var keys = new KeyAttributeCollection();

        entity.KeyAttributes = keys;
        keys["accountnumber"] = "A-1";

        Assert.Same(keys, entity.KeyAttributes);
        Assert.Equal("A-1", entity.KeyAttributes["accountnumber"]);
    }

    [Fact]
    public void Collections_of_a_new_entity_are_never_null()
    {
        // reference §4 Entity (D1: Attributes, FormattedValues, RelatedEntities, KeyAttributes created on first read)
        var entity = new Entity();

        Assert.NotNull(entity.Attributes);
        Assert.NotNull(entity.FormattedValues);
        Assert.NotNull(entity.RelatedEntities);
        Assert.NotNull(entity.KeyAttributes);
        Assert.Same(entity.Attributes, entity.Attributes);
    }

    [Fact]
    public void Setting_Id_on_a_base_Entity_does_not_write_the_primary_key_column()
    {
        // reference §9.1.8 (D1: base Entity keeps Id and the primary-key attribute independent)
        var entity = new Entity("account") { Id = Guid.NewGuid() };

        Assert.False(entity.Contains("accountid"));
    }

    [Fact]
    public void Setting_the_primary_key_column_on_a_base_Entity_does_not_change_Id()
    {
        // reference §9.1.8 (D1: independent on the base class)
        var entity = new Entity("account") { ["accountid"] = Guid.NewGuid() };

        Assert.Equal(Guid.Empty, entity.Id);
    }

    [Fact]
    public void Constructor_with_a_name_and_id_sets_LogicalName_and_Id_only()
    {
        // reference §4 Entity constructors (D1; OLD gg308451) and §9.1.8
        var id = Guid.NewGuid();
        var entity = new Entity("account", id);

        Assert.Equal("account", entity.LogicalName);
        Assert.Equal(id, entity.Id);
        Assert.Empty(entity.Attributes);
    }

    [Fact]
    public void Constructor_with_a_key_name_and_value_adds_one_key_attribute()
    {
        // reference §4 Entity constructors (D1: "adds one key attribute")
        var entity = new Entity("account", "accountnumber", "A-1");

        Assert.Equal("account", entity.LogicalName);
        var key = Assert.Single(entity.KeyAttributes);
        Assert.Equal("accountnumber", key.Key);
        Assert.Equal("A-1", key.Value);
        Assert.Empty(entity.Attributes);
        Assert.Equal(Guid.Empty, entity.Id);
    }

    [Fact]
    public void Base_Entity_has_reference_equality()
    {
        // reference §4 Entity "No Equals/GetHashCode override" and §9.1.12 (D1)
        var id = Guid.NewGuid();

        Assert.NotEqual(new Entity("account", id), new Entity("account", id));
    }

    // --- ToEntityReference ---

    [Fact]
    public void ToEntityReference_copies_LogicalName_Id_and_RowVersion()
    {
        // reference §9.1.9 (D1 9.0.2.46)
        var id = Guid.NewGuid();
        var entity = new Entity("account", id) { RowVersion = "12345" };

        var reference = entity.ToEntityReference();

        Assert.Equal("account", reference.LogicalName);
        Assert.Equal(id, reference.Id);
        Assert.Equal("12345", reference.RowVersion);
    }

    [Fact]
    public void ToEntityReference_does_not_copy_Name_or_KeyAttributes()
    {
        // reference §9.1.9 (D1 9.0.2.46: Name and KeyAttributes are not copied)
        var entity = new Entity("account", "accountnumber", "A-1") { ["name"] = "Contoso" };

        var reference = entity.ToEntityReference();

        Assert.Null(reference.Name);
        Assert.Empty(reference.KeyAttributes);
    }

    // --- ToEntity<T> ---

    [Fact]
    public void ToEntity_of_Entity_is_a_new_object_sharing_the_attributes()
    {
        // reference §9.1.10 (D1: T = Entity gives a shallow copy)
        var id = Guid.NewGuid();
        var entity = new Entity("account", id) { ["name"] = "Contoso" };

        var copy = entity.ToEntity<Entity>();
        copy["telephone1"] = "555";

        Assert.NotSame(entity, copy);
        Assert.Equal("account", copy.LogicalName);
        Assert.Equal(id, copy.Id);
        Assert.Same(entity.Attributes, copy.Attributes);
        Assert.Equal("555", entity["telephone1"]);
    }

    [Fact]
    public void ToEntity_of_a_subclass_with_a_matching_logical_name_shares_every_collection()
    {
        // reference §9.1.10 (D1: shares, not clones, Attributes, FormattedValues, RelatedEntities, KeyAttributes; PD-ent)
        var id = Guid.NewGuid();
        var entity = new Entity("account", id) { ["name"] = "Contoso", RowVersion = "7" };
        entity.FormattedValues["name"] = "Contoso";
        entity.KeyAttributes["accountnumber"] = "A-1";

        var account = entity.ToEntity<EarlyBoundAccount>();

        Assert.Equal("account", account.LogicalName);
        Assert.Equal(id, account.Id);
        Assert.Same(entity.Attributes, account.Attributes);
        Assert.Same(entity.FormattedValues, account.FormattedValues);
        Assert.Same(entity.RelatedEntities, account.RelatedEntities);
        Assert.Same(entity.KeyAttributes, account.KeyAttributes);
    }

    [Fact]
    public void ToEntity_of_a_subclass_with_another_logical_name_throws_NotSupportedException()
    {
        // reference §9.1.10 (D1: [EntityLogicalName] on T must match LogicalName)
        var entity = new Entity("contact", Guid.NewGuid());

        Assert.Throws<NotSupportedException>(() => entity.ToEntity<EarlyBoundAccount>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ToEntity_of_a_subclass_from_a_blank_logical_name_throws_NotSupportedException(string? logicalName)
    {
        // reference §9.1.10 (D1: requires a non-blank LogicalName)
        var entity = new Entity { LogicalName = logicalName };

        Assert.Throws<NotSupportedException>(() => entity.ToEntity<EarlyBoundAccount>());
    }

    [Fact]
    public void ToEntity_of_a_subclass_without_EntityLogicalName_throws_NotSupportedException()
    {
        // reference §9.1.10 (D1: [EntityLogicalName] on T is required) and §4 "Other public helpers"
        var entity = new Entity("account", Guid.NewGuid());

        Assert.Throws<NotSupportedException>(() => entity.ToEntity<SubclassWithoutLogicalName>());
    }
}
