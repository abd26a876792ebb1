namespace Microsoft.Xrm.Sdk.Extensions
{
    public static class ContextExtensions
    {
        /// <summary>The input parameter as a T, or default(T) when it is missing or of another type.</summary>
        public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName)
        {
            return context.InputParameters.TryGetValue(parameterName, out T value) ? value : default;
        }
    }
}
