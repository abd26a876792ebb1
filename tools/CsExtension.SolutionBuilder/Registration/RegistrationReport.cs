using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>What a registration run wrote and what it had to leave out, for the build log.</summary>
    public sealed class RegistrationReport
    {
        public List<string> WrittenFiles { get; } = new();

        public List<string> RemovedFiles { get; } = new();

        /// <summary>Things the run skipped that someone has to act on (e.g. a custom API whose customapi.xml is not generated yet).</summary>
        public List<string> Notes { get; } = new();
    }
}
