namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>One decoded IL instruction: its opcode value (two-byte opcodes as 0xFExx) and its operand when it is a token or an integer.</summary>
    internal readonly record struct IlInstruction(int Offset, int OpCode, int Operand);
}
