namespace Dataverse.Emulator.Query
{
    /// <summary>A semi-join used as a filter: link-entity in/exists/any (Negate false) or not any (Negate true).</summary>
    internal sealed class BoundExists
    {
        public BoundExists(BoundLink link, bool negate)
        {
            Link = link;
            Negate = negate;
        }

        public BoundLink Link { get; }
        public bool Negate { get; }
    }
}
