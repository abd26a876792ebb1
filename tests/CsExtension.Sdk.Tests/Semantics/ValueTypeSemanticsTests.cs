using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>Money, OptionSetValue, AliasedValue and Relationship (reference §4, §9.1.12-13).</summary>
public sealed class ValueTypeSemanticsTests
{
    // --- Money ---

    [Fact]
    public void Money_with_the_same_Value_is_equal_with_equal_hash_codes()
    {
        // reference §9.1.12 (D1: Equals compares Value; GetHashCode = Value's hash)
        var a = new Money(10.5m);
        var b = new Money(10.5m);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(10.5m.GetHashCode(), a.GetHashCode());
    }

    [Fact]
    public void Money_with_different_Values_is_not_equal()
    {
        // reference §9.1.12 (D1)
        Assert.NotEqual(new Money(1m), new Money(2m));
        Assert.False(new Money(1m).Equals(null));
        Assert.False(new Money(1m).Equals(1m));
    }

    [Fact]
    public void Money_double_equals_is_reference_equality()
    {
        // reference §9.1.12 (D1: == is reference equality)
        var a = new Money(10m);
        var b = new Money(10m);

        Assert.False(a == b);
    }

    [Fact]
    public void Money_default_constructor_gives_zero()
    {
        // reference §4 Money ctors (D1)
        Assert.Equal(0m, new Money().Value);
        Assert.Equal(3m, new Money(3m).Value);
    }

    // --- OptionSetValue ---

    [Fact]
    public void OptionSetValue_with_the_same_Value_is_equal_with_equal_hash_codes()
    {
        // reference §9.1.12 (D1)
        var a = new OptionSetValue(3);
        var b = new OptionSetValue(3);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(3.GetHashCode(), a.GetHashCode());
    }

    [Fact]
    public void OptionSetValue_with_different_Values_is_not_equal()
    {
        // reference §9.1.12 (D1)
        Assert.NotEqual(new OptionSetValue(1), new OptionSetValue(2));
        Assert.False(new OptionSetValue(1).Equals(null));
        Assert.False(new OptionSetValue(1).Equals(1));
    }

    [Fact]
    public void OptionSetValue_double_equals_is_reference_equality()
    {
        // reference §9.1.12 (D1: == is reference equality)
        var a = new OptionSetValue(1);
        var b = new OptionSetValue(1);

        Assert.False(a == b);
    }

    // --- AliasedValue ---

    [Fact]
    public void AliasedValue_constructor_sets_its_three_properties()
    {
        // reference §4 AliasedValue ctor (D1; OLD gg308322)
        var aliased = new AliasedValue("contact", "fullname", "Ann");

        Assert.Equal("contact", aliased.EntityLogicalName);
        Assert.Equal("fullname", aliased.AttributeLogicalName);
        Assert.Equal("Ann", aliased.Value);
    }

    [Fact]
    public void AliasedValue_has_no_value_equality()
    {
        // reference §9.1.12 (D1: "AliasedValue and Entity have no value equality")
        Assert.NotEqual(new AliasedValue("contact", "fullname", "Ann"), new AliasedValue("contact", "fullname", "Ann"));
    }

    // --- Relationship ---

    [Fact]
    public void Relationships_with_the_same_schema_name_and_role_are_equal_with_equal_hash_codes()
    {
        // reference §9.1.13 and §4 Relationship (D1)
        var a = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing };
        var b = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new Relationship("account_contacts"), new Relationship("account_contacts"));
    }

    [Fact]
    public void Relationship_schema_name_is_compared_ordinally_and_case_sensitively()
    {
        // reference §4 Relationship Equals "ordinal, case-sensitive ==" (D1)
        Assert.NotEqual(new Relationship("account_contacts"), new Relationship("Account_Contacts"));
    }

    [Fact]
    public void Relationships_with_different_roles_are_not_equal()
    {
        // reference §4 Relationship Equals "both null or equal" role (D1)
        var none = new Relationship("account_parent_account");
        var referencing = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing };
        var referenced = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.NotEqual(none, referencing);
        Assert.NotEqual(referencing, none);
        Assert.NotEqual(referencing, referenced);
    }

    [Fact]
    public void Relationship_ToString_is_schema_name_dot_role()
    {
        // reference §4 Relationship ToString "<schema>.<role or empty>" (D1)
        var withRole = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.Equal("account_parent_account.Referenced", withRole.ToString());
        Assert.Equal("account_contacts.", new Relationship("account_contacts").ToString());
    }

    [Fact]
    public void An_equal_relationship_finds_the_entry_of_RelatedEntityCollection()
    {
        // reference §9.1.13 (D1: Relationship is used as the RelatedEntityCollection key)
        var entity = new Entity("account");
        var contacts = new EntityCollection();
        entity.RelatedEntities[new Relationship("account_contacts")] = contacts;

        Assert.True(entity.RelatedEntities.Contains(new Relationship("account_contacts")));
        Assert.Same(contacts, entity.RelatedEntities[new Relationship("account_contacts")]);
        Assert.False(entity.RelatedEntities.Contains(new Relationship("account_contacts") { PrimaryEntityRole = EntityRole.Referenced }));
        Assert.Throws<KeyNotFoundException>(() => entity.RelatedEntities[new Relationship("Account_Contacts")]);
    }

    [Fact]
    public void Enum_values_of_EntityRole_EntityState_and_ConcurrencyBehavior()
    {
        // reference §4 EntityRole, EntityState, ConcurrencyBehavior (D1)
        Assert.Equal(0, (int)EntityRole.Referencing);
        Assert.Equal(1, (int)EntityRole.Referenced);
        Assert.Equal(0, (int)EntityState.Unchanged);
        Assert.Equal(1, (int)EntityState.Created);
        Assert.Equal(2, (int)EntityState.Changed);
        Assert.Equal(0, (int)ConcurrencyBehavior.Default);
        Assert.Equal(1, (int)ConcurrencyBehavior.IfRowVersionMatches);
        Assert.Equal(2, (int)ConcurrencyBehavior.AlwaysOverwrite);
    }
}
