using System;
using System.Collections.Generic;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>An entity image of a step: its alias and the columns it carries (none listed means all).</summary>
    public sealed record ImageRegistration(string Alias, ImageType Type, IReadOnlyCollection<string> Attributes)
    {
        public ImageRegistration(string alias, ImageType type, params string[] attributes)
            : this(alias, type, (IReadOnlyCollection<string>)attributes)
        {
        }

        public bool Includes(string column) => Attributes.Count == 0 || ((ICollection<string>)Attributes).Contains(column);

        public static IReadOnlyCollection<string> NoAttributes { get; } = Array.Empty<string>();
    }
}
