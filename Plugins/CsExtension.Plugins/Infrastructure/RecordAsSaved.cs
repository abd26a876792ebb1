using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Infrastructure
{
    /// <summary>A record as it will be once the save completes: a column the caller sends wins, any other keeps the value
    /// the pre-image had. (An Update's Target holds only the columns sent.)</summary>
    public sealed class RecordAsSaved
    {
        private readonly Entity _target;
        private readonly Entity _before;

        public RecordAsSaved(IPluginExecutionContext context, string preImageAlias)
        {
            _target = (Entity)context.InputParameters["Target"];
            _before = context.PreEntityImages.TryGetValue(preImageAlias, out var image) ? image : new Entity(_target.LogicalName);
        }

        public Entity Target => _target;

        public Entity Before => _before;

        public T Value<T>(string column) => _target.Contains(column) ? _target.GetAttributeValue<T>(column) : _before.GetAttributeValue<T>(column);
    }
}
