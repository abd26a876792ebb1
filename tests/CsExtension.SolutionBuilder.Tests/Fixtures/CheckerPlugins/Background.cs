using System;
using System.Threading.Tasks;

namespace CheckerPlugins
{
    /// <summary>A helper outside the plugin class, so the parallel rule is only found by following the call.</summary>
    internal static class Background
    {
        public static void Start(Action work) => Task.Run(work).Wait();
    }
}
