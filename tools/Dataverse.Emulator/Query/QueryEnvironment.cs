using System;
using System.Collections.Generic;

namespace Dataverse.Emulator.Query
{
    /// <summary>Who runs a query and when: the values that user- and date-relative condition operators
    /// (eq-userid, eq-businessid, eq-userteams, today, last-x-days, ...) are evaluated against.
    /// Now always comes from the emulator's clock; the engine never reads the machine clock.</summary>
    public sealed class QueryEnvironment
    {
        public QueryEnvironment(DateTime utcNow)
        {
            Now = utcNow.Kind == DateTimeKind.Utc ? utcNow : DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
        }

        /// <summary>The current instant in UTC.</summary>
        public DateTime Now { get; }

        /// <summary>The calling user (systemuserid).</summary>
        public Guid UserId { get; init; }

        /// <summary>The calling user's business unit.</summary>
        public Guid BusinessUnitId { get; init; }

        /// <summary>Teams the calling user is a member of.</summary>
        public IReadOnlyCollection<Guid> TeamIds { get; init; } = Array.Empty<Guid>();

        /// <summary>The user's offset from UTC; date operators and date grouping work in the user's local day.</summary>
        public TimeSpan TimeZoneOffset { get; init; } = TimeSpan.Zero;

        /// <summary>First day of the week for this-week/last-week/next-week and week grouping (user setting; Sunday by default).</summary>
        public DayOfWeek FirstDayOfWeek { get; init; } = DayOfWeek.Sunday;

        /// <summary>The user's UI language (LCID) for eq-userlanguage.</summary>
        public int UserLanguageCode { get; init; } = 1033;
    }
}
