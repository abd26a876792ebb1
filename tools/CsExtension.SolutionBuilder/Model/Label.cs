namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>A text a user reads, in the solution's two languages: English (1033) and Japanese (1041).</summary>
    public sealed record Label(string English, string Japanese)
    {
        public const int EnglishCode = 1033;
        public const int JapaneseCode = 1041;

        /// <summary>No text: exports write an empty description rather than leaving the element out.</summary>
        public static Label Empty { get; } = new(string.Empty, string.Empty);
    }
}
