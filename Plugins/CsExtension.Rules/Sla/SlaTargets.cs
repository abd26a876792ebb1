using System;

namespace CsExtension.Rules.Sla
{
    /// <summary>An SLA policy's targets, in business minutes of its calendar, and its warning point.</summary>
    public sealed class SlaTargets
    {
        public const int DefaultWarningPercent = 75;

        public SlaTargets(int responseMinutes, int resolutionMinutes, int warningPercent = DefaultWarningPercent, int? warningMinutes = null)
        {
            if (responseMinutes < 0) throw new ArgumentOutOfRangeException(nameof(responseMinutes), responseMinutes, "The response target cannot be negative.");
            if (resolutionMinutes < 0) throw new ArgumentOutOfRangeException(nameof(resolutionMinutes), resolutionMinutes, "The resolution target cannot be negative.");
            if (warningPercent < 0 || warningPercent > 100) throw new ArgumentOutOfRangeException(nameof(warningPercent), warningPercent, "The warning percentage must be between 0 and 100.");
            if (warningMinutes < 0) throw new ArgumentOutOfRangeException(nameof(warningMinutes), warningMinutes, "The warning minutes cannot be negative.");
            ResponseMinutes = responseMinutes;
            ResolutionMinutes = resolutionMinutes;
            WarningPercent = warningPercent;
            WarningMinutes = warningMinutes;
        }

        /// <summary>Business minutes from escalation to the first response.</summary>
        public int ResponseMinutes { get; }

        /// <summary>Business minutes from escalation to resolution.</summary>
        public int ResolutionMinutes { get; }

        /// <summary>Warning point as a percentage of a target, used when <see cref="WarningMinutes"/> is not given.</summary>
        public int WarningPercent { get; }

        /// <summary>Warning point as business minutes after escalation; wins over <see cref="WarningPercent"/> when given.</summary>
        public int? WarningMinutes { get; }

        /// <summary>Business minutes after escalation (paused time aside) at which a request with this target is nearing breach;
        /// never later than the target itself.</summary>
        public long WarningPointOf(int targetMinutes)
        {
            var warning = WarningMinutes.HasValue ? WarningMinutes.Value : (long)targetMinutes * WarningPercent / 100;
            return Math.Min(warning, targetMinutes);
        }
    }
}
