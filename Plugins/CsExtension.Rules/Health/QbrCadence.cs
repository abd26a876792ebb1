using System;

namespace CsExtension.Rules.Health
{
    /// <summary>QBR cadence (DESIGN §2): a completed QBR sets the last and next QBR dates; High touch every
    /// QbrIntervalDays, Mid touch every twice that, Tech touch none.</summary>
    public static class QbrCadence
    {
        /// <summary>A QBR meeting was completed on <paramref name="completedOn"/>; returns the same instance when it changes nothing.</summary>
        public static QbrSchedule QbrCompleted(QbrSchedule current, CustomerTier? tier, DateTime completedOn, HealthSettings settings)
        {
            if (current == null) throw new ArgumentNullException(nameof(current));
            if (settings == null) throw new ArgumentNullException(nameof(settings));

            // A QBR older than the recorded one (logged late, or reopened and closed again) must not move the dates back.
            var day = completedOn.Date;
            if (current.LastQbrOn.HasValue && day < current.LastQbrOn.Value.Date) return current;

            var updated = new QbrSchedule(day, NextDueOn(tier, day, settings));
            return updated == current ? current : updated;
        }

        /// <summary>When the next QBR is due after one on <paramref name="lastQbrOn"/>; null for Tech touch.</summary>
        public static DateTime? NextDueOn(CustomerTier? tier, DateTime lastQbrOn, HealthSettings settings)
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            var days = IntervalDays(tier, settings);
            return days.HasValue ? lastQbrOn.Date.AddDays(days.Value) : (DateTime?)null;
        }

        /// <summary>Days between QBRs for a tier; null when the tier expects none. An account without a tier is treated
        /// as Mid touch, as for meeting cadence.</summary>
        public static int? IntervalDays(CustomerTier? tier, HealthSettings settings)
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            return tier switch
            {
                CustomerTier.HighTouch => settings.QbrIntervalDays,
                CustomerTier.TechTouch => (int?)null,
                _ => 2 * settings.QbrIntervalDays,
            };
        }

        /// <summary>Whether the next QBR is overdue: its due day has passed (never for Tech touch or with no due date).</summary>
        public static bool IsOverdue(CustomerTier? tier, DateTime? nextDue, DateTime now) =>
            tier != CustomerTier.TechTouch && nextDue.HasValue && now.Date > nextDue.Value.Date;
    }
}
