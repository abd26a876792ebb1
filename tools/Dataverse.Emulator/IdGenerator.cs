using System;
using System.Globalization;

namespace Dataverse.Emulator
{
    /// <summary>Deterministic record ids: the same script gives the same ids on every run, which keeps demo output and
    /// test expectations reproducible. The seed tells emulator instances apart.</summary>
    public sealed class IdGenerator
    {
        private readonly uint _seed;
        private long _next;

        public IdGenerator(uint seed = 0xC5E0_0001)
        {
            _seed = seed;
        }

        public Guid Next()
        {
            _next++;
            return Guid.Parse(string.Format(CultureInfo.InvariantCulture, "{0:x8}-0000-4000-8000-{1:x12}", _seed, _next));
        }
    }
}
