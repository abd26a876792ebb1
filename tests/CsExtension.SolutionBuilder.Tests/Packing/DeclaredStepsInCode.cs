using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CsExtension.SolutionBuilder.Registration;

namespace CsExtension.SolutionBuilder.Tests.Packing
{
    /// <summary>Reads (type, message, entity, stage, mode, rank) of every [PluginStep] straight from metadata, independently
    /// of the generator, to compare the packed steps with what the code declares.</summary>
    public static class DeclaredStepsInCode
    {
        public static IReadOnlyList<string> Read(string assemblyPath)
        {
            var paths = FrameworkReferenceAssemblies.Paths().Concat(Directory.GetFiles(Path.GetDirectoryName(assemblyPath)!, "*.dll"));
            using var context = new MetadataLoadContext(new PathAssemblyResolver(paths), "mscorlib");
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            return assembly.GetTypes()
                .SelectMany(t => t.GetCustomAttributesData().Where(d => d.AttributeType.Name == "PluginStepAttribute").Select(d => Key(t, d)))
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();
        }

        public static string Key(string typeName, string message, string entity, string stage, string mode, string rank) =>
            string.Join("|", typeName, message, entity, stage, mode, rank);

        private static string Key(Type type, CustomAttributeData data)
        {
            var rank = data.NamedArguments.Where(a => a.MemberName == "Rank").Select(a => a.TypedValue.Value?.ToString()).FirstOrDefault() ?? "1";
            return Key(type.FullName!, (string)data.ConstructorArguments[0].Value!, (string)data.ConstructorArguments[1].Value!,
                Convert.ToString(data.ConstructorArguments[2].Value, System.Globalization.CultureInfo.InvariantCulture)!,
                Convert.ToString(data.ConstructorArguments[3].Value, System.Globalization.CultureInfo.InvariantCulture)!, rank);
        }
    }
}
