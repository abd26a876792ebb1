using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>Finds steps and custom APIs from the declarations on plugin classes — attributes named
    /// PluginStepAttribute, CustomApiAttribute, CustomApiRequestParameterAttribute and CustomApiResponsePropertyAttribute,
    /// matched by name and shape — reading attribute data only, so no plugin code runs and the emulator needs no
    /// reference to any plugin assembly.</summary>
    public static class StepDeclarationReader
    {
        public static IReadOnlyList<StepRegistration> ReadSteps(Assembly pluginAssembly) =>
            PluginTypes(pluginAssembly).SelectMany(ReadSteps).ToList();

        public static IReadOnlyList<CustomApiRegistration> ReadCustomApis(Assembly pluginAssembly) =>
            PluginTypes(pluginAssembly).Select(ReadCustomApi).OfType<CustomApiRegistration>().ToList();

        public static IEnumerable<StepRegistration> ReadSteps(Type pluginType)
        {
            foreach (var data in Declarations(pluginType, "PluginStepAttribute"))
            {
                var message = (string)data.ConstructorArguments[0].Value!;
                var entity = (string?)data.ConstructorArguments[1].Value;
                var stage = (PipelineStage)Convert.ToInt32(data.ConstructorArguments[2].Value);
                var mode = (StepMode)Convert.ToInt32(data.ConstructorArguments[3].Value);
                var named = Named(data);
                var images = new List<ImageRegistration>();
                if (named.TryGetValue("PreImage", out var pre) && pre is string preAlias)
                {
                    images.Add(new ImageRegistration(preAlias, ImageType.PreImage, Split(named.GetValueOrDefault("PreImageAttributes"))));
                }

                if (named.TryGetValue("PostImage", out var post) && post is string postAlias)
                {
                    images.Add(new ImageRegistration(postAlias, ImageType.PostImage, Split(named.GetValueOrDefault("PostImageAttributes"))));
                }

                yield return new StepRegistration(pluginType, message, entity, stage, mode)
                {
                    Rank = named.TryGetValue("Rank", out var rank) ? Convert.ToInt32(rank) : 1,
                    FilteringAttributes = Split(named.GetValueOrDefault("FilteringAttributes")),
                    Images = images,
                    UnsecureConfiguration = named.GetValueOrDefault("UnsecureConfiguration") as string,
                };
            }
        }

        public static CustomApiRegistration? ReadCustomApi(Type pluginType)
        {
            var declaration = Declarations(pluginType, "CustomApiAttribute").SingleOrDefault();
            if (declaration == null)
            {
                return null;
            }

            var named = Named(declaration);
            return new CustomApiRegistration((string)declaration.ConstructorArguments[0].Value!, pluginType)
            {
                BoundEntity = named.GetValueOrDefault("BoundEntity") as string,
                IsFunction = named.GetValueOrDefault("IsFunction") is true,
                RequestParameters = Parameters(pluginType, "CustomApiRequestParameterAttribute"),
                ResponseProperties = Parameters(pluginType, "CustomApiResponsePropertyAttribute"),
            };
        }

        private static IReadOnlyList<CustomApiParameter> Parameters(Type pluginType, string attributeName) =>
            Declarations(pluginType, attributeName)
                .Select(data => new CustomApiParameter(
                    (string)data.ConstructorArguments[0].Value!,
                    (CustomApiParameterType)Convert.ToInt32(data.ConstructorArguments[1].Value),
                    Named(data).GetValueOrDefault("IsOptional") is true))
                .ToList();

        /// <summary>The concrete plugin classes of an assembly, in a stable order.</summary>
        public static IEnumerable<Type> PluginTypes(Assembly assembly) =>
            assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IPlugin).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal);

        private static IEnumerable<CustomAttributeData> Declarations(Type type, string attributeName) =>
            type.GetCustomAttributesData().Where(d => d.AttributeType.Name == attributeName);

        private static Dictionary<string, object?> Named(CustomAttributeData data) =>
            data.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value, StringComparer.Ordinal);

        private static string[] Split(object? columns) =>
            columns is string text
                ? text.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : Array.Empty<string>();
    }
}
