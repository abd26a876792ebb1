using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CsExtension.Sdk.Tests;

/// <summary>
/// Pins the printer's rules on sample types of this assembly (PrinterFixture.cs), so that a wrong rule shows up here
/// rather than as a puzzling difference between the contract and the real SDK's listing.
/// </summary>
public sealed class ApiSurfacePrinterTests
{
    private const string FixtureNamespace = "CsExtension.Sdk.Tests.PrinterFixture";

    private static readonly Lazy<IReadOnlyList<string>> Printed = new(() => ApiSurface.Print(
        typeof(ApiSurfacePrinterTests).Assembly.Location,
        ApiSurface.ModernReferencePaths(),
        "System.Private.CoreLib",
        fullName => fullName.StartsWith(FixtureNamespace + ".", StringComparison.Ordinal)));

    private static readonly string[] ExpectedFixtureSurface = new[]
    {
        "Box`1 | ctor | public .ctor()",
        "Box`1 | indexer | public T this[int] { get; set; }",
        "Box`1 | method | public IEnumerator<T> GetEnumerator()",
        "Box`1 | method | public KeyValuePair<string,T>[] Pairs()",
        "Box`1 | method | public TOut Map<TOut>(Func<T,TOut>) where TOut : struct",
        "Box`1 | method | public bool TryTake(out T)",
        "Box`1 | method | public int[,] Grid()",
        "Box`1 | method | public void Swap(ref T, in T)",
        "Box`1 | type | public class Box<T> : IEnumerable, IEnumerable<T> where T : class, new()",
        "Circle | ctor | public .ctor()",
        "Circle | method | public sealed override double Area()",
        "Circle | type | public sealed class Circle : ShapeBase",
        "Colour | enum-member | Blue = 4",
        "Colour | enum-member | Green = 2",
        "Colour | enum-member | Red = 1",
        "Colour | type | public enum Colour",
        "IShape | method | public double Area()",
        "IShape | property | public string Name { get; }",
        "IShape | type | public interface IShape",
        "ISolid | method | public double Volume([opt] double)",
        "ISolid | type | public interface ISolid : IShape",
        "ShapeBase | ctor | protected .ctor()",
        "ShapeBase | ctor | protected internal .ctor(string)",
        "ShapeBase | event | public event EventHandler Changed",
        "ShapeBase | field | public const int Sides = 0",
        "ShapeBase | field | public static readonly ShapeBase None",
        "ShapeBase | method | protected virtual void OnChanged()",
        "ShapeBase | method | public abstract double Area()",
        "ShapeBase | method | public override string ToString()",
        "ShapeBase | method | public virtual string Describe(Colour?, params object[])",
        "ShapeBase | property | public int Count { get; }",
        "ShapeBase | property | public static int Instances { get; set; }",
        "ShapeBase | property | public string Name { get; protected set; }",
        "ShapeBase | type | public abstract class ShapeBase : IShape",
        "ShapeExtensions | method | public static TShape Named<TShape>(this TShape, Guid?) where TShape : ShapeBase",
        "ShapeExtensions | method | public static double Twice(this IShape, [opt] int)",
        "ShapeExtensions | type | public static class ShapeExtensions",
        "Square | ctor | public .ctor()",
        "Square | method | public override double Area()",
        "Square | method | public override string Describe(Colour?, params object[])",
        "Square | property | public double Side { get; set; }",
        "Square | type | public sealed class Square : ShapeBase, IShape",
    }.Select(line => FixtureNamespace + "." + line).ToArray();

    [Fact]
    public void Printer_prints_the_fixture_exactly_in_the_listing_format_and_ordinal_order()
    {
        Assert.Equal(ExpectedFixtureSurface, Printed.Value);
    }

    [Fact]
    public void Types_not_visible_outside_the_assembly_are_not_printed()
    {
        Assert.DoesNotContain(Printed.Value, line => line.Contains("NotVisibleOutsideTheAssembly", StringComparison.Ordinal));
    }

    [Fact]
    public void Private_internal_and_private_protected_members_and_explicit_implementations_are_not_printed()
    {
        Assert.DoesNotContain(Printed.Value, line => line.Contains("NotVisible", StringComparison.Ordinal));
        Assert.DoesNotContain(Printed.Value, line => line.Contains(".ctor(int)", StringComparison.Ordinal));
        Assert.Single(Printed.Value, line => line.Contains("GetEnumerator", StringComparison.Ordinal));
    }

    [Fact]
    public void Interface_members_are_public_without_abstract_or_virtual()
    {
        Assert.Contains(FixtureNamespace + ".IShape | method | public double Area()", Printed.Value);
    }

    [Fact]
    public void Type_line_lists_the_types_own_interfaces_not_those_it_inherits()
    {
        Assert.Contains(FixtureNamespace + ".Square | type | public sealed class Square : ShapeBase, IShape", Printed.Value);
        Assert.Contains(FixtureNamespace + ".Circle | type | public sealed class Circle : ShapeBase", Printed.Value);
    }

    [Fact]
    public void Property_shows_only_accessors_visible_outside_the_assembly_with_their_own_visibility()
    {
        Assert.Contains(FixtureNamespace + ".ShapeBase | property | public string Name { get; protected set; }", Printed.Value);
        Assert.Contains(FixtureNamespace + ".ShapeBase | property | public int Count { get; }", Printed.Value);
    }

    [Fact]
    public void Object_overrides_appear_only_where_declared()
    {
        Assert.Single(Printed.Value, line => line.Contains("ToString", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_signatures_use_simple_names_keywords_and_no_spaces_between_arguments()
    {
        Assert.Equal(
            "KeyValuePair<string,Guid?>[]",
            ApiSurface.Format(typeof(KeyValuePair<string, Guid?>[])));
        Assert.Equal("Dictionary<int,List<object>>", ApiSurface.Format(typeof(Dictionary<int, List<object>>)));
    }
}
