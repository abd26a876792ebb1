namespace Dataverse.Emulator.Query
{
    /// <summary>FetchXML dategrouping="..." values the emulator supports (fiscal groupings are rejected).</summary>
    internal enum DateGrouping
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
    }
}
