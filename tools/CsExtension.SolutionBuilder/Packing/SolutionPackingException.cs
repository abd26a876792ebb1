using System;

namespace CsExtension.SolutionBuilder.Packing
{
    /// <summary>The unpacked solution or a built file cannot be packed; the message names the file to fix.</summary>
    public sealed class SolutionPackingException : Exception
    {
        public SolutionPackingException(string message)
            : base(message)
        {
        }
    }
}
