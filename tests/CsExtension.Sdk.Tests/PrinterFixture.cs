using System;
using System.Collections;
using System.Collections.Generic;

// Sample types whose printed surface ApiSurfacePrinterTests pins. Each declaration exercises one rule of the
// xrm-sdk-api.txt format; changing one here means changing the expected lines there.
#pragma warning disable CS0067 // Events are only declared to be printed.
namespace CsExtension.Sdk.Tests.PrinterFixture
{
    public interface IShape
    {
        string Name { get; }

        double Area();
    }

    public interface ISolid : IShape
    {
        double Volume(double scale = 1.0);
    }

    public enum Colour
    {
        Red = 1,
        Green = 2,
        Blue = 4,
    }

    public abstract class ShapeBase : IShape
    {
        public const int Sides = 0;

        public static readonly ShapeBase? None = null;

        protected ShapeBase()
        {
        }

        protected internal ShapeBase(string name)
        {
            Name = name;
        }

        internal ShapeBase(int ignored)
        {
            Count = ignored;
        }

        public event EventHandler? Changed;

        public static int Instances { get; set; }

        public string Name { get; protected set; } = "";

        public int Count { get; private set; }

        public abstract double Area();

        public virtual string Describe(Colour? colour, params object[] details) => Name;

        public override string ToString() => Name;

        protected virtual void OnChanged()
        {
        }

        private protected void NotVisibleOutsideTheAssembly()
        {
        }

        internal void NotVisibleEither()
        {
        }
    }

    /// <summary>Re-declares IShape, so it is in its own InterfaceImpl list although the base already implements it.</summary>
    public sealed class Square : ShapeBase, IShape
    {
        public Square()
            : base("square")
        {
        }

        public double Side { get; set; }

        public override double Area() => Side * Side;

        public override string Describe(Colour? colour, params object[] details) => "square";
    }

    /// <summary>Only inherits IShape, so its type line names no interface.</summary>
    public sealed class Circle : ShapeBase
    {
        public sealed override double Area() => 0;
    }

    public class Box<T> : IEnumerable<T>
        where T : class, new()
    {
        private readonly List<T> items = new();

        public T this[int index]
        {
            get => items[index];
            set => items[index] = value;
        }

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool TryTake(out T? item)
        {
            item = items.Count > 0 ? items[0] : null;
            return item is not null;
        }

        public void Swap(ref T first, in T second) => first = second;

        public TOut Map<TOut>(Func<T, TOut> map)
            where TOut : struct => map(items[0]);

        public KeyValuePair<string, T>[] Pairs() => Array.Empty<KeyValuePair<string, T>>();

        public int[,] Grid() => new int[0, 0];
    }

    public static class ShapeExtensions
    {
        public static double Twice(this IShape shape, int times = 2) => shape.Area() * times;

        public static TShape Named<TShape>(this TShape shape, Guid? id)
            where TShape : ShapeBase => shape;
    }

    internal sealed class NotVisibleOutsideTheAssembly
    {
        public void Method()
        {
        }
    }
}
#pragma warning restore CS0067
