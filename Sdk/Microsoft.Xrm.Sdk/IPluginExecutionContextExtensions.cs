namespace Microsoft.Xrm.Sdk
{
    public static class IPluginExecutionContextExtensions
    {
        /// <summary>PreOperation (20) to PostOperation (40) run inside the operation's transaction.</summary>
        public static bool IsWithinMainTransaction(this IPluginExecutionContext context)
        {
            return context.Stage >= 20 && context.Stage <= 40;
        }

        public static bool IsAutoTransact(this IPluginExecutionContext context)
        {
            return context.SharedVariables.TryGetValue("IsAutoTransact", out object value) && value is bool flag && flag;
        }
    }
}
