using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>Keyed collections (attributes, parameters, keys, images), the list collections, and EntityCollection
/// (reference §4 DataCollection, §9.1.1-4, 15, 16).</summary>
public sealed class DataCollectionSemanticsTests
{
    // --- DataCollection<TKey, TValue> through its public subclasses ---

    [Fact]
    public void ParameterCollection_indexer_get_of_a_missing_key_throws_KeyNotFoundException()
    {
        // reference §9.1.1 (D1: same as InputParameters["Target"] on a missing key)
        var inputParameters = new ParameterCollection();

        Assert.Throws<KeyNotFoundException>(() => inputParameters["Target"]);
    }

    [Fact]
    public void Keyed_collections_throw_KeyNotFoundException_for_a_missing_key()
    {
        // reference §4 DataCollection<TKey,TValue> indexer (D1)
        Assert.Throws<KeyNotFoundException>(() => new AttributeCollection()["name"]);
        Assert.Throws<KeyNotFoundException>(() => new KeyAttributeCollection()["accountnumber"]);
        Assert.Throws<KeyNotFoundException>(() => new FormattedValueCollection()["statuscode"]);
        Assert.Throws<KeyNotFoundException>(() => new EntityImageCollection()["PreImage"]);
        Assert.Throws<KeyNotFoundException>(() => new RelatedEntityCollection()[new Relationship("account_contacts")]);
    }

    [Fact]
    public void ParameterCollection_indexer_set_adds_then_replaces()
    {
        // reference §9.1.2 (D1: Dictionary indexer semantics)
        var parameters = new ParameterCollection();
        var first = new Entity("account");
        var second = new Entity("account");

        parameters["Target"] = first;
        parameters["Target"] = second;

        Assert.Same(second, parameters["Target"]);
        Assert.Equal(1, parameters.Count);
    }

    [Fact]
    public void ParameterCollection_Add_of_an_existing_key_throws_ArgumentException()
    {
        // reference §4 DataCollection<TKey,TValue>.Add and §9.1.2 (D1)
        var parameters = new ParameterCollection { { "Target", new Entity("account") } };

        Assert.Throws<ArgumentException>(() => parameters.Add("Target", new Entity("account")));
        Assert.Throws<ArgumentException>(() => parameters.Add(new KeyValuePair<string, object>("Target", "x")));
    }

    [Fact]
    public void ParameterCollection_keys_are_case_sensitive()
    {
        // reference §9.1.3 and §4 DataCollection<TKey,TValue> "ordinal, case-sensitive" (D1)
        var parameters = new ParameterCollection { { "Target", "x" } };

        Assert.True(parameters.Contains("Target"));
        Assert.False(parameters.Contains("target"));
        Assert.False(parameters.ContainsKey("TARGET"));
        Assert.Throws<KeyNotFoundException>(() => parameters["target"]);
    }

    [Fact]
    public void Differently_cased_keys_are_separate_entries()
    {
        // reference §9.1.3 (D1: default comparer)
        var attributes = new AttributeCollection { { "name", "lower" }, { "Name", "upper" } };

        Assert.Equal(2, attributes.Count);
        Assert.Equal("lower", attributes["name"]);
        Assert.Equal("upper", attributes["Name"]);
    }

    [Fact]
    public void Contains_is_true_for_a_key_whose_value_is_null()
    {
        // reference §9.1.4 (D1)
        var parameters = new ParameterCollection { { "Target", null } };

        Assert.True(parameters.Contains("Target"));
        Assert.True(parameters.ContainsKey("Target"));
    }

    [Fact]
    public void TryGetValue_of_a_key_whose_value_is_null_returns_true_and_null()
    {
        // reference §4 DataCollection<TKey,TValue>.TryGetValue and §9.1.4 (D1: key existence, not value)
        var attributes = new AttributeCollection { { "name", null } };

        Assert.True(attributes.TryGetValue("name", out object value));
        Assert.Null(value);
    }

    [Fact]
    public void ParameterCollection_TryGetValue_with_an_object_out_variable_returns_the_stored_value()
    {
        // reference §4 ParameterCollection TryGetValue (D1): `InputParameters.TryGetValue("Target", out object o)` binds to TryGetValue<object>
        var target = new Entity("account");
        var parameters = new ParameterCollection { { "Target", target } };

        Assert.True(parameters.TryGetValue("Target", out object value));
        Assert.Same(target, value);
    }

    [Fact]
    public void Remove_and_Clear_remove_keys()
    {
        // reference §4 DataCollection<TKey,TValue> members (D1)
        var attributes = new AttributeCollection { { "name", "a" }, { "telephone1", "b" } };

        Assert.True(attributes.Remove("name"));
        Assert.False(attributes.Remove("name"));
        Assert.False(attributes.Contains("name"));
        attributes.Clear();
        Assert.Equal(0, attributes.Count);
    }

    [Fact]
    public void Keyed_collections_are_not_dictionaries()
    {
        // reference §4 DataCollection<TKey,TValue> "(does not implement IDictionary/ICollection)" (D1)
        Assert.False(typeof(IDictionary<string, object>).IsAssignableFrom(typeof(AttributeCollection)));
        Assert.False(typeof(ICollection<KeyValuePair<string, object>>).IsAssignableFrom(typeof(ParameterCollection)));
        Assert.True(typeof(IEnumerable<KeyValuePair<string, object>>).IsAssignableFrom(typeof(ParameterCollection)));
    }

    [Fact]
    public void A_new_keyed_collection_is_not_read_only_and_accepts_mutation()
    {
        // reference §4 DataCollection<TKey,TValue>.IsReadOnly (D1: only the platform makes a collection read-only)
        var attributes = new AttributeCollection();
        var related = new RelatedEntityCollection();

        Assert.False(attributes.IsReadOnly);
        Assert.False(related.IsReadOnly);
        attributes["name"] = "x";
        related[new Relationship("account_contacts")] = new EntityCollection();
        Assert.Equal(1, related.Count);
    }

    // --- ParameterCollection helpers ---

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_returns_the_value_when_it_is_a_T()
    {
        // reference §4 ParameterCollection and §9.1.15 (D1)
        var target = new Entity("account");
        var parameters = new ParameterCollection { { "Target", target } };

        Assert.True(parameters.TryGetValue("Target", out Entity? value));
        Assert.Same(target, value);
    }

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_returns_false_when_the_value_is_not_a_T()
    {
        // reference §9.1.15 (D1: no conversion)
        var parameters = new ParameterCollection
        {
            { "Target", new EntityReference("account", Guid.NewGuid()) },
            { "Count", 42 },
            { "Text", "42" },
        };

        Assert.False(parameters.TryGetValue("Target", out Entity? entity));
        Assert.Null(entity);
        Assert.False(parameters.TryGetValue("Count", out long widened));
        Assert.Equal(0L, widened);
        Assert.False(parameters.TryGetValue("Text", out int parsed));
        Assert.Equal(0, parsed);
    }

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_returns_false_for_a_missing_key()
    {
        // reference §4 ParameterCollection "false if missing or not a T" (D1)
        var parameters = new ParameterCollection();

        Assert.False(parameters.TryGetValue("Target", out Entity? value));
        Assert.Null(value);
    }

    [Fact]
    public void AddOrUpdateIfNotNull_ignores_a_null_value()
    {
        // reference §4 ParameterCollection.AddOrUpdateIfNotNull "does nothing when obj is null" (D1)
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("Target", null);

        Assert.False(parameters.Contains("Target"));
    }

    [Fact]
    public void AddOrUpdateIfNotNull_with_null_keeps_an_existing_value()
    {
        // reference §4 ParameterCollection.AddOrUpdateIfNotNull (D1: null means no change at all)
        var parameters = new ParameterCollection { { "Target", "kept" } };

        parameters.AddOrUpdateIfNotNull("Target", null);

        Assert.Equal("kept", parameters["Target"]);
    }

    [Fact]
    public void AddOrUpdateIfNotNull_adds_then_replaces_a_non_null_value()
    {
        // reference §4 ParameterCollection.AddOrUpdateIfNotNull (D1)
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("Target", "first");
        parameters.AddOrUpdateIfNotNull("Target", "second");

        Assert.Equal("second", parameters["Target"]);
    }

    // --- DataCollection<T> ---

    [Fact]
    public void DataCollection_of_T_AddRange_ignores_a_null_array()
    {
        // reference §4 DataCollection<T>.AddRange "(both ignore null)" (D1)
        var columns = new ColumnSet("name").Columns;

        columns.AddRange((string[]?)null);

        Assert.Equal(new[] { "name" }, columns);
    }

    [Fact]
    public void DataCollection_of_T_AddRange_ignores_a_null_sequence()
    {
        // reference §4 DataCollection<T>.AddRange "(both ignore null)" (D1)
        var entities = new EntityCollection().Entities;

        entities.AddRange((IEnumerable<Entity>?)null);

        Assert.Empty(entities);
    }

    [Fact]
    public void DataCollection_of_T_AddRange_appends_in_order_and_ToArray_copies()
    {
        // reference §4 DataCollection<T> AddRange / ToArray (D1)
        var columns = new ColumnSet().Columns;

        columns.AddRange("name", "telephone1");
        columns.AddRange(new List<string> { "emailaddress1" });
        var array = columns.ToArray();
        columns.Add("fax");

        Assert.Equal(new[] { "name", "telephone1", "emailaddress1" }, array);
        Assert.Equal(4, columns.Count);
    }

    [Fact]
    public void ColumnSet_params_constructor_and_AddColumns_fill_Columns()
    {
        // reference §7 ColumnSet ctors and AddColumns/AddColumn (D1; OLD gg327758)
        var columnSet = new ColumnSet("name", "telephone1");
        columnSet.AddColumns("fax");
        columnSet.AddColumn("emailaddress1");

        Assert.False(columnSet.AllColumns);
        Assert.Equal(new[] { "name", "telephone1", "fax", "emailaddress1" }, columnSet.Columns);
        Assert.True(new ColumnSet(true).AllColumns);
        Assert.Empty(new ColumnSet().Columns);
    }

    // --- EntityCollection ---

    [Fact]
    public void EntityCollection_Entities_is_never_null()
    {
        // reference §9.1.16 and §4 EntityCollection "Entities (lazy)" (D1)
        var collection = new EntityCollection();

        Assert.NotNull(collection.Entities);
        Assert.Empty(collection.Entities);
        Assert.Same(collection.Entities, collection.Entities);
    }

    [Fact]
    public void EntityCollection_built_from_a_list_holds_its_entities_in_order()
    {
        // reference §4 EntityCollection ctor (IList<Entity>) (D1)
        var first = new Entity("account");
        var second = new Entity("account");

        var collection = new EntityCollection(new List<Entity> { first, second });

        Assert.Equal(2, collection.Entities.Count);
        Assert.Same(first, collection.Entities[0]);
        Assert.Same(second, collection.Entities[1]);
    }

    [Fact]
    public void EntityCollection_indexer_reads_and_writes_Entities()
    {
        // reference §4 EntityCollection "Entity this[int index] { get; set; }" (D1)
        var first = new Entity("account");
        var replacement = new Entity("account");
        var collection = new EntityCollection(new List<Entity> { first });

        Assert.Same(first, collection[0]);
        collection[0] = replacement;

        Assert.Same(replacement, collection.Entities[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => collection[1]);
    }

    [Fact]
    public void EntityCollection_setters_work_on_a_collection_the_caller_built()
    {
        // reference §9.1.16 (D1: setters throw only when the platform made the collection read-only)
        var collection = new EntityCollection
        {
            EntityName = "account",
            MoreRecords = true,
            PagingCookie = "<cookie/>",
            TotalRecordCount = 7,
            TotalRecordCountLimitExceeded = true,
            MinActiveRowVersion = "1",
        };

        Assert.Equal("account", collection.EntityName);
        Assert.True(collection.MoreRecords);
        Assert.Equal("<cookie/>", collection.PagingCookie);
        Assert.Equal(7, collection.TotalRecordCount);
        Assert.True(collection.TotalRecordCountLimitExceeded);
        Assert.Equal("1", collection.MinActiveRowVersion);
    }

    [Fact]
    public void EntityReferenceCollection_and_OptionSetValueCollection_are_public_lists()
    {
        // reference §4 EntityReferenceCollection / OptionSetValueCollection ctors "public ()" and "public (IList<T>)" (D1)
        var reference = new EntityReference("contact", Guid.NewGuid());
        var references = new EntityReferenceCollection(new List<EntityReference> { reference });
        var choices = new OptionSetValueCollection { new OptionSetValue(1) };
        choices.AddRange(new OptionSetValue(2));

        Assert.Same(reference, Assert.Single(references));
        Assert.Equal(new[] { new OptionSetValue(1), new OptionSetValue(2) }, choices);
    }
}
