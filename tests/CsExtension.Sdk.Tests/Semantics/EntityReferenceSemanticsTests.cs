using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>EntityReference value equality and construction (reference §4 EntityReference, §9.1.11).</summary>
public sealed class EntityReferenceSemanticsTests
{
    private static readonly Guid SomeId = new Guid("6f0c1b0e-1f3a-4a8e-9a57-3a0c2f1d9b11");

    [Fact]
    public void References_with_the_same_Id_and_LogicalName_are_equal_with_equal_hash_codes()
    {
        // reference §9.1.11 (D1)
        var a = new EntityReference("account", SomeId);
        var b = new EntityReference("account", SomeId);

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Name_and_RowVersion_do_not_take_part_in_equality()
    {
        // reference §9.1.11 (D1: Name and RowVersion are ignored)
        var a = new EntityReference("account", SomeId) { Name = "Contoso", RowVersion = "1" };
        var b = new EntityReference("account", SomeId) { Name = "Fabrikam", RowVersion = "2" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void References_with_different_Ids_are_not_equal()
    {
        // reference §9.1.11 (D1)
        Assert.NotEqual(new EntityReference("account", SomeId), new EntityReference("account", Guid.NewGuid()));
    }

    [Fact]
    public void LogicalName_is_compared_ordinally_and_case_sensitively()
    {
        // reference §9.1.11 (D1: ordinal case-sensitive LogicalName)
        Assert.NotEqual(new EntityReference("account", SomeId), new EntityReference("Account", SomeId));
        Assert.NotEqual(new EntityReference("account", SomeId), new EntityReference("contact", SomeId));
    }

    [Fact]
    public void References_with_equal_key_attribute_sets_are_equal()
    {
        // reference §9.1.11 (D1: same count and every pair present)
        var a = new EntityReference("account", "accountnumber", "A-1");
        var b = new EntityReference("account", "accountnumber", "A-1");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void References_whose_key_attributes_differ_are_not_equal()
    {
        // reference §9.1.11 (D1: key attributes take part in equality)
        var a = new EntityReference("account", "accountnumber", "A-1");
        var otherValue = new EntityReference("account", "accountnumber", "A-2");
        var noKeys = new EntityReference("account");
        var extraKey = new EntityReference("account", "accountnumber", "A-1");
        extraKey.KeyAttributes["name"] = "Contoso";

        Assert.NotEqual(a, otherValue);
        Assert.NotEqual(a, noKeys);
        Assert.NotEqual(noKeys, a);
        Assert.NotEqual(a, extraKey);
    }

    [Fact]
    public void Double_equals_is_reference_equality()
    {
        // reference §9.1.11 (D1: no == overload)
        var a = new EntityReference("account", SomeId);
        var b = new EntityReference("account", SomeId);

        Assert.True(a.Equals(b));
        Assert.False(a == b);
    }

    [Fact]
    public void A_reference_is_not_equal_to_null_or_to_another_type()
    {
        // reference §9.1.11 (D1: Equals(object))
        var a = new EntityReference("account", SomeId);

        Assert.False(a.Equals(null));
        Assert.False(a.Equals(new Entity("account", SomeId)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Hash_code_is_zero_when_LogicalName_is_empty(string? logicalName)
    {
        // reference §9.1.11 (D1: GetHashCode 0 when LogicalName empty)
        var reference = new EntityReference { LogicalName = logicalName, Id = SomeId };

        Assert.Equal(0, reference.GetHashCode());
    }

    [Fact]
    public void Equal_references_collapse_in_a_hash_set()
    {
        // reference §9.1.11 (D1: Equals and GetHashCode agree)
        var set = new System.Collections.Generic.HashSet<EntityReference>
        {
            new EntityReference("account", SomeId) { Name = "Contoso" },
            new EntityReference("account", SomeId) { Name = "Other name" },
        };

        Assert.Single(set);
    }

    [Fact]
    public void KeyAttributes_of_a_new_reference_is_an_empty_collection()
    {
        // reference §4 EntityReference "KeyAttributes (lazy)" (D1)
        var reference = new EntityReference("account", SomeId);

        Assert.NotNull(reference.KeyAttributes);
        Assert.Empty(reference.KeyAttributes);
    }

    [Fact]
    public void Constructors_set_LogicalName_Id_and_key_attributes()
    {
        // reference §4 EntityReference ctors (D1)
        var keys = new KeyAttributeCollection { { "accountnumber", "A-1" } };

        var byId = new EntityReference("account", SomeId);
        var byKey = new EntityReference("account", "accountnumber", "A-1");
        var byKeys = new EntityReference("account", keys);

        Assert.Equal("account", byId.LogicalName);
        Assert.Equal(SomeId, byId.Id);
        Assert.Equal(Guid.Empty, byKey.Id);
        Assert.Equal("A-1", byKey.KeyAttributes["accountnumber"]);
        Assert.Same(keys, byKeys.KeyAttributes);
    }
}
