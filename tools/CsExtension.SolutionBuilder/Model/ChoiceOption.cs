namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>One option of a choice; values start at the publisher's 615300000.</summary>
    public sealed record ChoiceOption(int Value, Label Label);
}
