using System;

namespace Dataverse.Emulator
{
    /// <summary>The emulator's only source of time. Tests and the demo advance it; nothing in the emulator reads the
    /// machine clock, so every run of the same script gives the same records.</summary>
    public sealed class EmulatorClock
    {
        public static readonly DateTime DefaultStart = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

        private DateTime _utcNow;

        public EmulatorClock()
            : this(DefaultStart)
        {
        }

        public EmulatorClock(DateTime utcStart)
        {
            _utcNow = AsUtc(utcStart);
        }

        public DateTime UtcNow => _utcNow;

        public void Set(DateTime utcNow)
        {
            _utcNow = AsUtc(utcNow);
        }

        public void Advance(TimeSpan by)
        {
            if (by < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward in the emulator.");
            }

            _utcNow += by;
        }

        public void AdvanceDays(double days) => Advance(TimeSpan.FromDays(days));

        public void AdvanceMonths(int months)
        {
            if (months < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(months), "Time only moves forward in the emulator.");
            }

            _utcNow = _utcNow.AddMonths(months);
        }

        private static DateTime AsUtc(DateTime value) =>
            value.Kind switch
            {
                DateTimeKind.Utc => value,
                DateTimeKind.Local => value.ToUniversalTime(),
                _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            };
    }
}
