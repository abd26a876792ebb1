using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>Decodes a method body's IL into instructions, reading operand sizes from the runtime's own opcode table.</summary>
    internal static class IlReader
    {
        private static readonly Dictionary<int, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (OpCode)field.GetValue(null)!)
            .ToDictionary(code => (int)(ushort)code.Value);

        public const int Call = 0x28;
        public const int CallVirt = 0x6F;
        public const int NewObj = 0x73;
        public const int LdFtn = 0xFE06;
        public const int LdVirtFtn = 0xFE07;
        public const int LdSFld = 0x7E;
        public const int LdSFldA = 0x7F;
        public const int StSFld = 0x80;

        public static List<IlInstruction> Decode(MethodBodyBlock body)
        {
            var instructions = new List<IlInstruction>();
            var reader = body.GetILReader();
            while (reader.RemainingBytes > 0)
            {
                var offset = reader.Offset;
                int value = reader.ReadByte();
                if (value == 0xFE)
                {
                    value = 0xFE00 | reader.ReadByte();
                }

                if (!OpCodesByValue.TryGetValue(value, out var code))
                {
                    break;
                }

                var operand = 0;
                switch (code.OperandType)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                        operand = reader.ReadSByte();
                        break;
                    case OperandType.ShortInlineVar:
                        operand = reader.ReadByte();
                        break;
                    case OperandType.InlineVar:
                        operand = reader.ReadUInt16();
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        reader.ReadInt64();
                        break;
                    case OperandType.ShortInlineR:
                        reader.ReadSingle();
                        break;
                    case OperandType.InlineSwitch:
                        var count = reader.ReadInt32();
                        for (var i = 0; i < count; i++)
                        {
                            reader.ReadInt32();
                        }

                        break;
                    default:
                        // Tokens, 32-bit branch targets and 32-bit integers.
                        operand = reader.ReadInt32();
                        break;
                }

                instructions.Add(new IlInstruction(offset, value, operand));
            }

            return instructions;
        }

        /// <summary>The integer an instruction pushes when it is an ldc.i4 form, else null.</summary>
        public static int? Constant(IlInstruction instruction) => instruction.OpCode switch
        {
            >= 0x16 and <= 0x1E => instruction.OpCode - 0x16,
            0x15 => -1,
            0x1F or 0x20 => instruction.Operand,
            _ => null,
        };

        /// <summary>The local index an ldloc/stloc form names, else null (store: stloc forms; load: ldloc forms).</summary>
        public static int? Local(IlInstruction instruction, bool store) => (store, instruction.OpCode) switch
        {
            (false, >= 0x06 and <= 0x09) => instruction.OpCode - 0x06,
            (false, 0x11) => instruction.Operand,
            (false, 0xFE0C) => instruction.Operand,
            (true, >= 0x0A and <= 0x0D) => instruction.OpCode - 0x0A,
            (true, 0x13) => instruction.Operand,
            (true, 0xFE0E) => instruction.Operand,
            _ => null,
        };
    }
}
