using System;
using CsExtension.Rules.Sla;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>The calendar and policies the SLA examples are worked out by hand with: UTC, Monday to Friday 09:00–17:00
    /// (480 minutes a day), Monday 26 May 2025 a holiday.</summary>
    internal static class SlaClockCalendar
    {
        public static readonly BusinessCalendar Calendar = new BusinessCalendar(
            TimeZoneInfo.Utc,
            new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            9 * 60,
            17 * 60,
            new[] { new DateTime(2025, 5, 26) });

        /// <summary>High: first response within 4 working hours, resolution within 2.5 working days; warning at 75 %.</summary>
        public static readonly SlaTargets High = new SlaTargets(240, 1200);

        /// <summary>Medium: first response within 1 working day, resolution within 5 working days.</summary>
        public static readonly SlaTargets Medium = new SlaTargets(480, 2400);

        /// <summary>An instant of May or June 2025, UTC.</summary>
        public static DateTime At(int month, int day, int hour, int minute = 0) => new DateTime(2025, month, day, hour, minute, 0, DateTimeKind.Utc);

        /// <summary>A High request escalated on Monday 2 June 2025 at 09:00: response due 13:00, resolution due Wednesday 4 June 13:00.</summary>
        public static SlaState EscalatedMondayMorning() => SlaClock.Escalate(SlaState.NotStarted, At(6, 2, 9), Calendar, High);
    }
}
