using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Reads the plugin classes and their [PluginStep]/[CustomApi] declarations from the compiled net462
    /// assembly as metadata only (MetadataLoadContext), so no plugin code runs during the build.</summary>
    public static class PluginDeclarationReader
    {
        private const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";

        public static DeclaredPluginAssembly Read(string pluginAssemblyPath)
        {
            var fullPath = Path.GetFullPath(pluginAssemblyPath);
            if (!File.Exists(fullPath))
            {
                throw new FileNotFoundException($"The plugin assembly {fullPath} does not exist; build Plugins/CsExtension.Plugins for net462 first.", fullPath);
            }

            // The SDK and anything else the plugin references sit beside it in the build output.
            var beside = Directory.GetFiles(Path.GetDirectoryName(fullPath)!, "*.dll").OrderBy(f => f, StringComparer.Ordinal);
            var resolver = new PathAssemblyResolver(FrameworkReferenceAssemblies.Paths().Concat(beside));
            using var context = new MetadataLoadContext(resolver, "mscorlib");
            var assembly = context.LoadFromAssemblyPath(fullPath);
            var name = assembly.GetName();
            if (name.GetPublicKeyToken() is not { Length: > 0 })
            {
                throw new InvalidOperationException($"The plugin assembly {fullPath} is not strong-name signed; Dataverse refuses unsigned plugin assemblies.");
            }

            var types = LoadableTypes(assembly)
                .Where(t => t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(i => i.FullName == PluginInterface))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(ReadType)
                .ToList();
            return new DeclaredPluginAssembly(name.Name!, name.FullName, types);
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                // A type whose base cannot be resolved cannot be a plugin we can register anyway.
                return e.Types.OfType<Type>();
            }
        }

        private static DeclaredPluginType ReadType(Type type)
        {
            var data = type.GetCustomAttributesData();
            var steps = data.Where(d => d.AttributeType.Name == "PluginStepAttribute").Select(d => ReadStep(type, d)).ToList();
            var customApi = data.Where(d => d.AttributeType.Name == "CustomApiAttribute").Select(d => (string?)d.ConstructorArguments[0].Value).FirstOrDefault();
            return new DeclaredPluginType(type.FullName!, steps, customApi);
        }

        private static DeclaredStep ReadStep(Type type, CustomAttributeData data)
        {
            var named = data.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value, StringComparer.Ordinal);
            var message = (string?)data.ConstructorArguments[0].Value;
            if (string.IsNullOrWhiteSpace(message))
            {
                throw new InvalidOperationException($"A [PluginStep] on {type.FullName} names no message.");
            }

            var entity = (string?)data.ConstructorArguments[1].Value;
            var images = new List<DeclaredImage>();
            if (named.GetValueOrDefault("PreImage") is string preAlias)
            {
                images.Add(new DeclaredImage(preAlias, 0, Columns(named.GetValueOrDefault("PreImageAttributes"))));
            }

            if (named.GetValueOrDefault("PostImage") is string postAlias)
            {
                images.Add(new DeclaredImage(postAlias, 1, Columns(named.GetValueOrDefault("PostImageAttributes"))));
            }

            return new DeclaredStep(
                message,
                string.IsNullOrWhiteSpace(entity) ? "none" : entity,
                Convert.ToInt32(data.ConstructorArguments[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(data.ConstructorArguments[3].Value, System.Globalization.CultureInfo.InvariantCulture),
                named.TryGetValue("Rank", out var rank) ? Convert.ToInt32(rank, System.Globalization.CultureInfo.InvariantCulture) : 1,
                Columns(named.GetValueOrDefault("FilteringAttributes")),
                images,
                named.GetValueOrDefault("UnsecureConfiguration") as string,
                named.GetValueOrDefault("Description") as string);
        }

        private static IReadOnlyList<string> Columns(object? columns) =>
            columns is string text
                ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : Array.Empty<string>();
    }
}
