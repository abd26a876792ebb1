namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>One problem the check found, placed like a compiler diagnostic so editors and CI logs can link to it.</summary>
    /// <param name="File">Path relative to the checked folder (forward slashes), the zip entry name, or the plugin assembly's file name.</param>
    /// <param name="Line">1-based line in that file; 0 when the problem has no line (a compiled assembly, a missing file).</param>
    /// <param name="Rule">The rule id (<see cref="Rules"/>), stable so a finding can be searched for.</param>
    public sealed record Finding(string File, int Line, string Rule, string Message)
    {
        public override string ToString() => $"{File}({Line}): {Rule}: {Message}";
    }
}
