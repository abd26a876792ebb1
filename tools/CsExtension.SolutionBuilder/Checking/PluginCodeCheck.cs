using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// The platform checker's plugin rules that can be read from the compiled assembly (plugin-practice.md §4), read as
    /// metadata and IL with System.Reflection.Metadata — the assembly is never loaded or run. A plugin type is a class
    /// implementing Microsoft.Xrm.Sdk.IPlugin (directly or through a base class of the assembly); its code is every
    /// method of the type and its base classes plus, transitively, every method of the assembly they call or take a
    /// delegate to (lambdas included). Calls through interfaces or virtual methods to other classes are not followed.
    /// Findings point at the assembly file with line 0 and name the type and method.
    /// </summary>
    public sealed class PluginCodeCheck
    {
        private static readonly string[] SpecializedRequests =
        {
            "AssignRequest", "SetStateRequest", "SetParentSystemUserRequest", "SetParentTeamRequest",
            "SetParentBusinessUnitRequest", "SetBusinessEquipmentRequest", "SetBusinessSystemUserRequest",
        };

        private readonly MetadataReader _reader;
        private readonly PEReader _pe;
        private readonly string _file;

        private PluginCodeCheck(PEReader pe, string file)
        {
            _pe = pe;
            _reader = pe.GetMetadataReader();
            _file = file;
        }

        /// <summary>Full names (nested types with '+') of every type the assembly defines.</summary>
        public static HashSet<string> TypeNames(string assemblyPath)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var check = new PluginCodeCheck(pe, Path.GetFileName(assemblyPath));
            return check._reader.TypeDefinitions.Select(check.FullName).ToHashSet(StringComparer.Ordinal);
        }

        public static void Run(string assemblyPath, List<Finding> findings)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            new PluginCodeCheck(pe, Path.GetFileName(assemblyPath)).Run(findings);
        }

        private void Run(List<Finding> findings)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in _reader.TypeDefinitions.Where(IsPluginType))
            {
                var pluginName = FullName(type);
                void Report(string rule, MethodDefinitionHandle method, string what)
                {
                    var message = $"plugin {pluginName}: {MethodName(method)} {what}";
                    if (reported.Add(rule + message))
                    {
                        findings.Add(new Finding(_file, 0, rule, message));
                    }
                }

                var declared = TypeChain(type).SelectMany(handle => _reader.GetTypeDefinition(handle).GetFields()).Where(IsMutableStatic).ToList();
                foreach (var field in declared)
                {
                    findings.Add(new Finding(_file, 0, Rules.StaticStateInPlugin, $"plugin {pluginName}: static field {FieldName(field)} is not read-only; the platform runs one instance on many threads"));
                }

                foreach (var method in Reachable(type))
                {
                    CheckMethod(method, declared, Report);
                }
            }
        }

        /// <param name="declared">Mutable statics of the plugin's own classes, already reported where they are declared.</param>
        private void CheckMethod(MethodDefinitionHandle method, List<FieldDefinitionHandle> declared, Action<string, MethodDefinitionHandle, string> report)
        {
            var definition = _reader.GetMethodDefinition(method);
            if (definition.RelativeVirtualAddress == 0)
            {
                return;
            }

            var instructions = IlReader.Decode(_pe.GetMethodBody(definition.RelativeVirtualAddress));
            for (var i = 0; i < instructions.Count; i++)
            {
                var instruction = instructions[i];
                if (instruction.OpCode is IlReader.LdSFld or IlReader.LdSFldA or IlReader.StSFld)
                {
                    var handle = MetadataTokens.EntityHandle(instruction.Operand);
                    if (handle.Kind == HandleKind.FieldDefinition && IsMutableStatic((FieldDefinitionHandle)handle) && !declared.Contains((FieldDefinitionHandle)handle))
                    {
                        report(Rules.StaticStateInPlugin, method, $"uses static field {FieldName((FieldDefinitionHandle)handle)}, which is not read-only");
                    }

                    continue;
                }

                if (instruction.OpCode is not (IlReader.Call or IlReader.CallVirt or IlReader.NewObj or IlReader.LdFtn or IlReader.LdVirtFtn))
                {
                    continue;
                }

                var (typeName, memberName) = MemberOf(MetadataTokens.EntityHandle(instruction.Operand));
                var previous = i > 0 ? IlReader.Constant(instructions[i - 1]) : null;
                var shortType = typeName.Substring(typeName.LastIndexOf('.') + 1);

                if (typeName == "Microsoft.Xrm.Sdk.Query.ColumnSet" && (memberName == ".ctor" || memberName == "set_AllColumns") && previous == 1)
                {
                    report(Rules.SpecifyColumns, method, "retrieves all columns (ColumnSet(true) / AllColumns = true); name the columns it needs");
                }
                else if (typeName is "Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest" or "Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest")
                {
                    report(Rules.BatchInPlugin, method, $"uses {shortType}; send each request with Execute");
                }
                else if (typeName == "System.Threading.Tasks.Parallel" || typeName == "System.Threading.ThreadPool"
                    || (typeName == "System.Threading.Thread" && memberName is ".ctor" or "Start")
                    || (typeName == "System.Threading.Tasks.Task" && memberName is "Run" or "get_Factory" or "Start" or ".ctor")
                    || (typeName.StartsWith("System.Threading.Tasks.TaskFactory", StringComparison.Ordinal) && memberName == "StartNew"))
                {
                    report(Rules.ParallelInPlugin, method, $"starts parallel work ({shortType}.{memberName})");
                }
                else if (typeName == "System.Threading.Monitor" && memberName is "Enter" or "TryEnter" && LocksStatic(instructions, i))
                {
                    report(Rules.LockInPlugin, method, "locks on a static member");
                }
                else if (SpecializedRequests.Contains(shortType) && typeName.StartsWith("Microsoft.Crm.Sdk.Messages.", StringComparison.Ordinal))
                {
                    report(Rules.SpecializedUpdateOps, method, $"uses {shortType}; set the columns with an Update instead");
                }
            }
        }

        /// <summary>
        /// Whether the object Monitor.Enter/TryEnter locks came from a static field. C# compiles lock(x) to
        /// "ldsfld x; stloc n; … ldloc n; [ldloca flag;] call Enter", so follow the local back to what was stored in it.
        /// </summary>
        private bool LocksStatic(List<IlInstruction> instructions, int call)
        {
            for (var back = call - 1; back >= 0 && back >= call - 3; back--)
            {
                var instruction = instructions[back];
                if (instruction.OpCode == IlReader.LdSFld)
                {
                    return true;
                }

                if (IlReader.Local(instruction, store: false) is int local)
                {
                    for (var store = back - 1; store > 0; store--)
                    {
                        if (IlReader.Local(instructions[store], store: true) == local)
                        {
                            var source = instructions[store - 1].OpCode == 0x25 && store > 1 ? instructions[store - 2] : instructions[store - 1];
                            return source.OpCode == IlReader.LdSFld;
                        }
                    }

                    return false;
                }
            }

            return false;
        }

        private IEnumerable<MethodDefinitionHandle> Reachable(TypeDefinitionHandle type)
        {
            var seen = new HashSet<MethodDefinitionHandle>();
            var pending = new Stack<MethodDefinitionHandle>(TypeChain(type).SelectMany(handle => _reader.GetTypeDefinition(handle).GetMethods()));
            while (pending.Count > 0)
            {
                var method = pending.Pop();
                if (!seen.Add(method))
                {
                    continue;
                }

                yield return method;
                var definition = _reader.GetMethodDefinition(method);
                if (definition.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                foreach (var instruction in IlReader.Decode(_pe.GetMethodBody(definition.RelativeVirtualAddress)))
                {
                    if (instruction.OpCode is IlReader.Call or IlReader.CallVirt or IlReader.NewObj or IlReader.LdFtn or IlReader.LdVirtFtn)
                    {
                        var handle = MetadataTokens.EntityHandle(instruction.Operand);
                        if (handle.Kind == HandleKind.MethodSpecification)
                        {
                            handle = _reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method;
                        }

                        if (handle.Kind == HandleKind.MethodDefinition)
                        {
                            pending.Push((MethodDefinitionHandle)handle);
                        }
                    }
                }
            }
        }

        /// <summary>The type and its base classes that the assembly itself defines.</summary>
        private IEnumerable<TypeDefinitionHandle> TypeChain(TypeDefinitionHandle type)
        {
            var current = type;
            while (true)
            {
                yield return current;
                var baseType = _reader.GetTypeDefinition(current).BaseType;
                if (baseType.IsNil || baseType.Kind != HandleKind.TypeDefinition)
                {
                    yield break;
                }

                current = (TypeDefinitionHandle)baseType;
            }
        }

        private bool IsPluginType(TypeDefinitionHandle type)
        {
            var definition = _reader.GetTypeDefinition(type);
            if ((definition.Attributes & TypeAttributes.Abstract) != 0 || (definition.Attributes & TypeAttributes.Interface) != 0)
            {
                return false;
            }

            return TypeChain(type).Any(handle => _reader.GetTypeDefinition(handle).GetInterfaceImplementations()
                .Any(implementation => TypeName(_reader.GetInterfaceImplementation(implementation).Interface) == "Microsoft.Xrm.Sdk.IPlugin"));
        }

        /// <summary>Static, not read-only, not a constant, and written by us rather than the compiler (lambda caches are named with '&lt;').</summary>
        private bool IsMutableStatic(FieldDefinitionHandle handle)
        {
            var field = _reader.GetFieldDefinition(handle);
            var attributes = field.Attributes;
            if ((attributes & FieldAttributes.Static) == 0 || (attributes & (FieldAttributes.InitOnly | FieldAttributes.Literal)) != 0)
            {
                return false;
            }

            return !FieldName(handle).Contains('<');
        }

        private string FieldName(FieldDefinitionHandle handle)
        {
            var field = _reader.GetFieldDefinition(handle);
            return FullName(field.GetDeclaringType()) + "." + _reader.GetString(field.Name);
        }

        private string MethodName(MethodDefinitionHandle handle)
        {
            var method = _reader.GetMethodDefinition(handle);
            return FullName(method.GetDeclaringType()) + "." + _reader.GetString(method.Name);
        }

        private (string Type, string Member) MemberOf(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    var method = _reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    return (FullName(method.GetDeclaringType()), _reader.GetString(method.Name));
                case HandleKind.MemberReference:
                    var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                    return (TypeName(member.Parent), _reader.GetString(member.Name));
                case HandleKind.MethodSpecification:
                    return MemberOf(_reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
                default:
                    return ("", "");
            }
        }

        private string TypeName(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return FullName((TypeDefinitionHandle)handle);
                case HandleKind.TypeReference:
                    var reference = _reader.GetTypeReference((TypeReferenceHandle)handle);
                    var name = _reader.GetString(reference.Name);
                    if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
                    {
                        return TypeName((TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
                    }

                    var ns = _reader.GetString(reference.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                case HandleKind.TypeSpecification:
                    // A generic instantiation (e.g. TaskFactory<T>); its generic type is the first type in the signature.
                    var blob = _reader.GetBlobReader(_reader.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                    if (blob.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance)
                    {
                        blob.ReadSignatureTypeCode();
                        return TypeName(blob.ReadTypeHandle()).Split('`')[0];
                    }

                    return "";
                default:
                    return "";
            }
        }

        private string FullName(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            var name = _reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return FullName(declaring) + "+" + name;
            }

            var ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }
    }
}
