using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CsExtension.Sdk.Tests;

/// <summary>
/// Prints the public surface of a compiled assembly in the format of shared/reference/xrm-sdk-api.txt:
/// <c>&lt;Namespace.Type&gt; | &lt;kind&gt; | &lt;signature&gt;</c>, one line per type and member, sorted ordinally.
/// </summary>
/// <remarks>
/// The assembly is read through a <see cref="MetadataLoadContext"/> only: a contract built for net462 cannot be loaded
/// into this process, and nothing in it should run just to be described. The rules are those the listing follows
/// (see its header); where the listing shows no example (events, constants, sealed overrides) the printer uses C#'s
/// own spelling so that a difference still reads naturally.
/// </remarks>
internal static class ApiSurface
{
    /// <summary>The listing leaves out members documented "for internal use only", so a faithful contract may have them.</summary>
    private const string ExcludedMemberNamePart = "LazyFile";

    private const BindingFlags DeclaredMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Prints the visible types that <paramref name="includeType"/> accepts, and their visible declared members.</summary>
    /// <param name="assemblyPath">The assembly to describe.</param>
    /// <param name="referencePaths">Assemblies its references resolve to (the framework it was built for, and its dependencies).</param>
    /// <param name="coreAssemblyName">The assembly that defines System.Object for that framework.</param>
    /// <param name="includeType">Which types to print, given their metadata full name (e.g. <c>Ns.DataCollection`1</c>).</param>
    public static IReadOnlyList<string> Print(
        string assemblyPath, IEnumerable<string> referencePaths, string coreAssemblyName, Func<string, bool> includeType)
    {
        var resolverPaths = DistinctByFileName(new[] { assemblyPath }.Concat(referencePaths));
        using var context = new MetadataLoadContext(new PathAssemblyResolver(resolverPaths), coreAssemblyName);
        var assembly = context.LoadFromAssemblyPath(assemblyPath);

        // Reflection reports every interface a type ends up with, including its base class's; the listing shows the
        // type's own InterfaceImpl rows, which only the raw metadata has.
        using var peReader = new PEReader(File.OpenRead(assemblyPath));
        var interfaces = new InterfaceImplReader(context, assembly, peReader.GetMetadataReader());

        var lines = new List<string>();
        foreach (var type in assembly.GetTypes())
        {
            if (type.FullName is { } fullName && IsVisible(type) && includeType(fullName))
            {
                lines.AddRange(PrintType(type, interfaces));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The .NET Framework 4.6.2 reference assemblies (and their facades) the net462 contract compiles against.</summary>
    public static IReadOnlyList<string> NetFramework462ReferencePaths(string referenceAssembliesFolder)
    {
        if (!Directory.Exists(referenceAssembliesFolder))
        {
            throw new DirectoryNotFoundException(
                $"The .NET Framework 4.6.2 reference assemblies are not at {referenceAssembliesFolder}; restoring the test project " +
                "(which builds the net462 contract) brings them.");
        }

        var facades = Path.Combine(referenceAssembliesFolder, "Facades");
        return Directory.GetFiles(referenceAssembliesFolder, "*.dll")
            .Concat(Directory.Exists(facades) ? Directory.GetFiles(facades, "*.dll") : Array.Empty<string>())
            .ToList();
    }

    /// <summary>
    /// The running .NET's own assemblies, then this test's output folder for packages the contract uses on modern .NET
    /// (System.ServiceModel.Primitives, ...). The runtime's copy wins where both have a file.
    /// </summary>
    public static IReadOnlyList<string> ModernReferencePaths()
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("The runtime's folder is unknown.");
        return Directory.GetFiles(runtimeFolder, "*.dll").Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")).ToList();
    }

    private static List<string> DistinctByFileName(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return paths.Where(path => seen.Add(Path.GetFileName(path))).ToList();
    }

    private static IEnumerable<string> PrintType(Type type, InterfaceImplReader interfaces)
    {
        var owner = type.FullName!;
        string Line(string kind, string signature) => $"{owner} | {kind} | {signature}";

        yield return Line("type", TypeDeclaration(type, interfaces));

        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(DeclaredMembers).Where(f => f.IsLiteral && f.IsStatic))
            {
                yield return Line("enum-member", $"{field.Name} = {Literal(field.GetRawConstantValue())}");
            }

            yield break;
        }

        var inInterface = type.IsInterface;
        var accessors = new HashSet<int>();

        foreach (var property in type.GetProperties(DeclaredMembers))
        {
            foreach (var accessor in property.GetAccessors(nonPublic: true))
            {
                accessors.Add(accessor.MetadataToken);
            }

            if (IsListed(property.Name) && PropertySignature(property, inInterface) is { } signature)
            {
                yield return Line(property.GetIndexParameters().Length > 0 ? "indexer" : "property", signature);
            }
        }

        foreach (var @event in type.GetEvents(DeclaredMembers))
        {
            var add = @event.GetAddMethod(nonPublic: true);
            foreach (var accessor in new[] { add, @event.GetRemoveMethod(nonPublic: true), @event.GetRaiseMethod(nonPublic: true) })
            {
                if (accessor is not null)
                {
                    accessors.Add(accessor.MetadataToken);
                }
            }

            if (add is not null && IsListed(@event.Name) && Access(add.Attributes) is { } access)
            {
                yield return Line("event", Join(access, MethodModifiers(add, inInterface), "event", Format(@event.EventHandlerType!), @event.Name));
            }
        }

        foreach (var constructor in type.GetConstructors(DeclaredMembers))
        {
            if (!constructor.IsStatic && Access(constructor.Attributes) is { } access)
            {
                yield return Line("ctor", $"{access} .ctor({Parameters(constructor)})");
            }
        }

        foreach (var method in type.GetMethods(DeclaredMembers))
        {
            if (!accessors.Contains(method.MetadataToken) && IsListed(method.Name) && Access(method.Attributes) is { } access)
            {
                yield return Line("method", MethodSignature(method, access, inInterface));
            }
        }

        foreach (var field in type.GetFields(DeclaredMembers))
        {
            if (!field.IsSpecialName && IsListed(field.Name) && Access(field.Attributes) is { } access)
            {
                yield return Line("field", FieldSignature(field, access));
            }
        }
    }

    private static bool IsListed(string memberName) =>
        !memberName.Contains(ExcludedMemberNamePart, StringComparison.Ordinal) && !memberName.StartsWith('<');

    private static string TypeDeclaration(Type type, InterfaceImplReader interfaces)
    {
        var access = TypeAccess(type);
        string kind;
        if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsEnum)
        {
            var underlying = type.GetEnumUnderlyingType();
            return Join(access, "enum", Format(type)) + (underlying.FullName == "System.Int32" ? "" : " : " + Format(underlying));
        }
        else if (type.IsValueType)
        {
            kind = "struct";
        }
        else if (type.IsAbstract && type.IsSealed)
        {
            kind = "static class";
        }
        else if (type.IsAbstract)
        {
            kind = "abstract class";
        }
        else if (type.IsSealed)
        {
            kind = "sealed class";
        }
        else
        {
            kind = "class";
        }

        var bases = new List<string>();
        if (!type.IsInterface && !type.IsValueType && type.BaseType is { } baseType && baseType.FullName != "System.Object")
        {
            bases.Add(Format(baseType));
        }

        bases.AddRange(interfaces.Own(type).Where(IsVisible).Select(Format).OrderBy(name => name, StringComparer.Ordinal));

        return Join(access, kind, Format(type))
            + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "")
            + Constraints(type.GetGenericArguments());
    }

    private static string? PropertySignature(PropertyInfo property, bool inInterface)
    {
        var accessors = new List<(string Keyword, MethodInfo Method, string Access)>();
        if (property.GetGetMethod(nonPublic: true) is { } getter && Access(getter.Attributes) is { } getterAccess)
        {
            accessors.Add(("get", getter, getterAccess));
        }

        if (property.GetSetMethod(nonPublic: true) is { } setter && Access(setter.Attributes) is { } setterAccess)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers()
                .Any(modifier => modifier.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            accessors.Add((isInit ? "init" : "set", setter, setterAccess));
        }

        if (accessors.Count == 0)
        {
            return null;
        }

        // The property is as visible as its most visible accessor and takes that accessor's modifiers.
        var main = accessors.OrderByDescending(accessor => AccessRank(accessor.Access)).First();
        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length > 0 ? $"this[{Parameters(indexParameters, isExtension: false)}]" : property.Name;
        var body = string.Join(" ", accessors.Select(accessor =>
            (accessor.Access == main.Access ? "" : accessor.Access + " ") + accessor.Keyword + ";"));
        return Join(main.Access, MethodModifiers(main.Method, inInterface), Format(property.PropertyType), name) + $" {{ {body} }}";
    }

    private static string MethodSignature(MethodInfo method, string access, bool inInterface)
    {
        var genericParameters = method.IsGenericMethodDefinition
            ? "<" + string.Join(",", method.GetGenericArguments().Select(argument => argument.Name)) + ">"
            : "";
        var returnType = method.ReturnType.IsByRef ? "ref " + Format(method.ReturnType.GetElementType()!) : Format(method.ReturnType);
        return Join(access, MethodModifiers(method, inInterface), returnType, method.Name)
            + $"{genericParameters}({Parameters(method)})"
            + (method.IsGenericMethodDefinition ? Constraints(method.GetGenericArguments()) : "");
    }

    private static string FieldSignature(FieldInfo field, string access)
    {
        if (field.IsLiteral)
        {
            return Join(access, "const", Format(field.FieldType), field.Name) + " = " + Literal(field.GetRawConstantValue());
        }

        return Join(access, field.IsStatic ? "static" : "", field.IsInitOnly ? "readonly" : "", Format(field.FieldType), field.Name);
    }

    /// <summary>
    /// static/abstract/virtual/override/sealed as C# would have written them. Interface members are shown bare, as in
    /// the listing, although metadata marks them abstract virtual; a non-virtual C# method that implements an
    /// interface is virtual final newslot in metadata and is shown bare too.
    /// </summary>
    private static string MethodModifiers(MethodBase method, bool inInterface)
    {
        var newSlot = (method.Attributes & MethodAttributes.VtableLayoutMask) == MethodAttributes.NewSlot;
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract" : inInterface && method.IsVirtual ? "static virtual" : "static";
        }

        if (inInterface || !method.IsVirtual)
        {
            return "";
        }

        if (method.IsAbstract)
        {
            return newSlot ? "abstract" : "abstract override";
        }

        if (method.IsFinal)
        {
            return newSlot ? "" : "sealed override";
        }

        return newSlot ? "virtual" : "override";
    }

    private static string Parameters(MethodBase method) =>
        Parameters(method.GetParameters(), HasAttribute(method.GetCustomAttributesData(), "System.Runtime.CompilerServices.ExtensionAttribute"));

    private static string Parameters(ParameterInfo[] parameters, bool isExtension) =>
        string.Join(", ", parameters.Select((parameter, index) => Parameter(parameter, isExtension && index == 0)));

    private static string Parameter(ParameterInfo parameter, bool isThis)
    {
        var attributes = parameter.GetCustomAttributesData();
        var type = parameter.ParameterType;
        var modifier = "";
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
            modifier = parameter.IsOut && !parameter.IsIn ? "out"
                : HasAttribute(attributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "in"
                : HasAttribute(attributes, "System.Runtime.CompilerServices.RequiresLocationAttribute") ? "ref readonly"
                : "ref";
        }
        else if (HasAttribute(attributes, "System.ParamArrayAttribute")
            || HasAttribute(attributes, "System.Runtime.CompilerServices.ParamCollectionAttribute"))
        {
            modifier = "params";
        }

        return Join(parameter.IsOptional ? "[opt]" : "", isThis ? "this" : "", modifier, Format(type));
    }

    private static string Constraints(Type[] genericArguments)
    {
        var clauses = new List<string>();
        foreach (var argument in genericArguments.Where(argument => argument.IsGenericParameter))
        {
            var attributes = argument.GenericParameterAttributes;
            var isStruct = attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            var constraints = new List<string>();
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            if (isStruct)
            {
                constraints.Add("struct");
            }

            constraints.AddRange(argument.GetGenericParameterConstraints()
                .Where(constraint => !(isStruct && constraint.FullName == "System.ValueType"))
                .Select(Format));

            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", constraints)}");
            }
        }

        return string.Concat(clauses);
    }

    /// <summary>A type as the listing names it: C# keywords, simple names, <c>A&lt;B,C&gt;</c>, <c>T?</c>, <c>T[]</c>.</summary>
    internal static string Format(Type type)
    {
        if (type.IsByRef)
        {
            return Format(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Format(type.GetElementType()!) + (type.IsSZArray ? "[]" : "[" + new string(',', type.GetArrayRank() - 1) + "]");
        }

        if (type.IsPointer)
        {
            return Format(type.GetElementType()!) + "*";
        }

        if (type.IsConstructedGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1")
        {
            return Format(type.GetGenericArguments()[0]) + "?";
        }

        if (type.Namespace == "System" && !type.IsGenericType && Keywords.TryGetValue(type.Name, out var keyword))
        {
            return keyword;
        }

        var name = SimpleName(type);
        if (type.IsNested && type.DeclaringType is { } declaringType)
        {
            name = SimpleName(declaringType) + "." + name;
        }

        return type.IsGenericType
            ? name + "<" + string.Join(",", type.GetGenericArguments().Select(Format)) + ">"
            : name;
    }

    private static string SimpleName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["Boolean"] = "bool",
        ["Byte"] = "byte",
        ["SByte"] = "sbyte",
        ["Char"] = "char",
        ["Int16"] = "short",
        ["UInt16"] = "ushort",
        ["Int32"] = "int",
        ["UInt32"] = "uint",
        ["Int64"] = "long",
        ["UInt64"] = "ulong",
        ["Single"] = "float",
        ["Double"] = "double",
        ["Decimal"] = "decimal",
        ["String"] = "string",
        ["Object"] = "object",
        ["Void"] = "void",
    };

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        char character => "'" + character + "'",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string? Access(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => "public",
        MethodAttributes.FamORAssem => "protected internal",
        MethodAttributes.Family => "protected",
        _ => null,
    };

    private static string? Access(FieldAttributes attributes) => (attributes & FieldAttributes.FieldAccessMask) switch
    {
        FieldAttributes.Public => "public",
        FieldAttributes.FamORAssem => "protected internal",
        FieldAttributes.Family => "protected",
        _ => null,
    };

    private static int AccessRank(string access) => access switch
    {
        "public" => 3,
        "protected internal" => 2,
        _ => 1,
    };

    private static string TypeAccess(Type type) => type.IsNestedFamily ? "protected"
        : type.IsNestedFamORAssem ? "protected internal"
        : "public";

    /// <summary>Whether code outside the assembly can name the type (nested types through protected access too).</summary>
    private static bool IsVisible(Type type)
    {
        if (type.IsGenericParameter)
        {
            return true;
        }

        if (type.HasElementType)
        {
            return IsVisible(type.GetElementType()!);
        }

        if (type.IsConstructedGenericType)
        {
            return IsVisible(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsVisible);
        }

        if (!type.IsNested)
        {
            return type.IsPublic;
        }

        return (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!);
    }

    private static bool HasAttribute(IList<CustomAttributeData> attributes, string fullName) =>
        attributes.Any(attribute => attribute.AttributeType.FullName == fullName);

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(part => part.Length > 0));

    /// <summary>Reads a type's own InterfaceImpl rows and resolves them to types of the same <see cref="MetadataLoadContext"/>.</summary>
    private sealed class InterfaceImplReader : ISignatureTypeProvider<Type, Type[]>
    {
        private readonly MetadataLoadContext context;
        private readonly Assembly assembly;
        private readonly MetadataReader reader;
        private readonly Dictionary<int, Type> definitions;

        public InterfaceImplReader(MetadataLoadContext context, Assembly assembly, MetadataReader reader)
        {
            this.context = context;
            this.assembly = assembly;
            this.reader = reader;
            definitions = assembly.GetTypes().ToDictionary(type => type.MetadataToken);
        }

        public IEnumerable<Type> Own(Type type)
        {
            var definition = reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(type.MetadataToken));
            var genericContext = type.GetGenericArguments();
            foreach (var handle in definition.GetInterfaceImplementations())
            {
                yield return Resolve(reader.GetInterfaceImplementation(handle).Interface, genericContext);
            }
        }

        private Type Resolve(EntityHandle handle, Type[] genericContext) => handle.Kind switch
        {
            HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => GetTypeFromSpecification(reader, genericContext, (TypeSpecificationHandle)handle, 0),
            _ => throw new NotSupportedException($"An InterfaceImpl row points at a {handle.Kind}."),
        };

        public Type GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
            definitions[MetadataTokens.GetToken(handle)];

        public Type GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = metadata.GetTypeReference(handle);
            var name = metadata.GetString(reference.Name);
            var @namespace = metadata.GetString(reference.Namespace);
            var fullName = @namespace.Length == 0 ? name : @namespace + "." + name;
            var scope = reference.ResolutionScope;
            return scope.Kind switch
            {
                HandleKind.AssemblyReference => context
                    .LoadFromAssemblyName(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).GetAssemblyName())
                    .GetType(fullName, throwOnError: true)!,
                HandleKind.TypeReference => GetTypeFromReference(metadata, (TypeReferenceHandle)scope, rawTypeKind)
                    .GetNestedType(name, BindingFlags.Public | BindingFlags.NonPublic)!,
                _ => assembly.GetType(fullName, throwOnError: true)!,
            };
        }

        public Type GetTypeFromSpecification(MetadataReader metadata, Type[] genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => context.CoreAssembly!.GetType("System." + typeCode, throwOnError: true)!;

        public Type GetGenericInstantiation(Type genericType, ImmutableArray<Type> typeArguments) => genericType.MakeGenericType(typeArguments.ToArray());

        public Type GetGenericTypeParameter(Type[] genericContext, int index) => genericContext[index];

        public Type GetGenericMethodParameter(Type[] genericContext, int index) =>
            throw new NotSupportedException("A type's interfaces cannot mention a method's generic parameter.");

        public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

        public Type GetArrayType(Type elementType, ArrayShape shape) => elementType.MakeArrayType(shape.Rank);

        public Type GetByReferenceType(Type elementType) => elementType.MakeByRefType();

        public Type GetPointerType(Type elementType) => elementType.MakePointerType();

        public Type GetPinnedType(Type elementType) => elementType;

        public Type GetModifiedType(Type modifier, Type unmodifiedType, bool isRequired) => unmodifiedType;

        public Type GetFunctionPointerType(MethodSignature<Type> signature) =>
            throw new NotSupportedException("Function pointers cannot be interfaces.");
    }
}
