namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A status reason (statuscode) and the state (statecode 0 Active, 1 Inactive) it belongs to.</summary>
    public sealed record StatusReason(int Value, Label Label, int State);
}
