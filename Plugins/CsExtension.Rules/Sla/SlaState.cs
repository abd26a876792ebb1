using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CsExtension.Rules.Sla
{
    /// <summary>A customer request's SLA as stored on it (all instants UTC). Immutable with value equality, so a plugin writes
    /// only when a transition of <see cref="SlaClock"/> returns a different state.</summary>
    public sealed class SlaState : IEquatable<SlaState>
    {
        /// <summary>Separator of the notice names in the one text column that records them.</summary>
        public const char NoticeSeparator = ';';

        public static readonly SlaState NotStarted = new SlaState(SlaStatus.NotStarted, null, null, null, null, null, null, 0, 0, null);

        private readonly string[] _notices;

        public SlaState(
            SlaStatus status,
            DateTime? escalatedOn,
            DateTime? firstResponseOn,
            DateTime? responseDueOn,
            DateTime? resolutionDueOn,
            DateTime? resolvedOn,
            DateTime? pausedOn,
            long pausedMinutes,
            long responsePausedMinutes,
            string? notices)
        {
            if (pausedMinutes < 0) throw new ArgumentOutOfRangeException(nameof(pausedMinutes), pausedMinutes, "Paused minutes cannot be negative.");
            if (responsePausedMinutes < 0) throw new ArgumentOutOfRangeException(nameof(responsePausedMinutes), responsePausedMinutes, "Paused minutes cannot be negative.");
            Status = status;
            EscalatedOn = escalatedOn;
            FirstResponseOn = firstResponseOn;
            ResponseDueOn = responseDueOn;
            ResolutionDueOn = resolutionDueOn;
            ResolvedOn = resolvedOn;
            PausedOn = pausedOn;
            PausedMinutes = pausedMinutes;
            ResponsePausedMinutes = responsePausedMinutes;
            _notices = ParseNotices(notices);
            Notices = string.Join(NoticeSeparator.ToString(), _notices);
        }

        public SlaStatus Status { get; }
        public DateTime? EscalatedOn { get; }
        public DateTime? FirstResponseOn { get; }
        public DateTime? ResponseDueOn { get; }
        public DateTime? ResolutionDueOn { get; }
        public DateTime? ResolvedOn { get; }

        /// <summary>Start of the pause in progress (or of the pause the request was resolved or cancelled in).</summary>
        public DateTime? PausedOn { get; }

        /// <summary>Business minutes of all finished pauses; the resolution due moves by these.</summary>
        public long PausedMinutes { get; }

        /// <summary>The part of <see cref="PausedMinutes"/> before the first response; the response due moves by these.</summary>
        public long ResponsePausedMinutes { get; }

        /// <summary>Names of the notices already sent, in the order sent, e.g. "NearingBreach;Breached" ("" when none).</summary>
        public string Notices { get; }

        public bool IsEscalated => EscalatedOn.HasValue;

        /// <summary>Resolved (Met or Breached, or resolved without ever being escalated) or cancelled: no transition changes it any more.</summary>
        public bool IsClosed => ResolvedOn.HasValue || Status == SlaStatus.Cancelled;

        /// <summary>The SLA clock is stopped and waits for a resume.</summary>
        public bool IsPaused => PausedOn.HasValue && !IsClosed;

        public bool HasSent(SlaNotice notice) => Array.IndexOf(_notices, notice.ToString()) >= 0;

        internal SlaState With(
            SlaStatus? status = null,
            DateTime? escalatedOn = null,
            DateTime? firstResponseOn = null,
            DateTime? responseDueOn = null,
            DateTime? resolutionDueOn = null,
            DateTime? resolvedOn = null,
            long? pausedMinutes = null,
            long? responsePausedMinutes = null,
            string? notices = null) =>
            new SlaState(
                status ?? Status,
                escalatedOn ?? EscalatedOn,
                firstResponseOn ?? FirstResponseOn,
                responseDueOn ?? ResponseDueOn,
                resolutionDueOn ?? ResolutionDueOn,
                resolvedOn ?? ResolvedOn,
                PausedOn,
                pausedMinutes ?? PausedMinutes,
                responsePausedMinutes ?? ResponsePausedMinutes,
                notices ?? Notices);

        // Pause start is the one column a transition sets and clears, so it gets its own copy method.
        internal SlaState WithPausedOn(DateTime? pausedOn) =>
            new SlaState(Status, EscalatedOn, FirstResponseOn, ResponseDueOn, ResolutionDueOn, ResolvedOn, pausedOn, PausedMinutes, ResponsePausedMinutes, Notices);

        public bool Equals(SlaState? other) =>
            other != null
            && Status == other.Status
            && EscalatedOn == other.EscalatedOn
            && FirstResponseOn == other.FirstResponseOn
            && ResponseDueOn == other.ResponseDueOn
            && ResolutionDueOn == other.ResolutionDueOn
            && ResolvedOn == other.ResolvedOn
            && PausedOn == other.PausedOn
            && PausedMinutes == other.PausedMinutes
            && ResponsePausedMinutes == other.ResponsePausedMinutes
            && _notices.Length == other._notices.Length
            && _notices.All(n => Array.IndexOf(other._notices, n) >= 0);

        public override bool Equals(object? obj) => Equals(obj as SlaState);

        public override int GetHashCode()
        {
            // HashCode.Combine is not on .NET Framework 4.6.2; notices are added, so their order does not matter.
            unchecked
            {
                var hash = (int)Status;
                hash = hash * 397 ^ EscalatedOn.GetHashCode();
                hash = hash * 397 ^ FirstResponseOn.GetHashCode();
                hash = hash * 397 ^ ResponseDueOn.GetHashCode();
                hash = hash * 397 ^ ResolutionDueOn.GetHashCode();
                hash = hash * 397 ^ ResolvedOn.GetHashCode();
                hash = hash * 397 ^ PausedOn.GetHashCode();
                hash = hash * 397 ^ PausedMinutes.GetHashCode();
                hash = hash * 397 ^ ResponsePausedMinutes.GetHashCode();
                foreach (var notice in _notices) hash += StringComparer.Ordinal.GetHashCode(notice);
                return hash;
            }
        }

        public static bool operator ==(SlaState? left, SlaState? right) => ReferenceEquals(left, right) || (left is object && left.Equals(right));

        public static bool operator !=(SlaState? left, SlaState? right) => !(left == right);

        public override string ToString() =>
            Status + " (escalated " + Format(EscalatedOn) + ", first response " + Format(FirstResponseOn)
            + ", response due " + Format(ResponseDueOn) + ", resolution due " + Format(ResolutionDueOn)
            + ", resolved " + Format(ResolvedOn) + ", paused on " + Format(PausedOn)
            + ", paused " + PausedMinutes.ToString(CultureInfo.InvariantCulture) + " min, before response " + ResponsePausedMinutes.ToString(CultureInfo.InvariantCulture)
            + " min, notices '" + Notices + "')";

        private static string Format(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

        // Names someone else wrote (or a later version) are kept, so recording a notice never loses another.
        private static string[] ParseNotices(string? notices)
        {
            if (string.IsNullOrWhiteSpace(notices)) return Array.Empty<string>();
            var names = new List<string>();
            foreach (var part in notices!.Split(NoticeSeparator))
            {
                var name = part.Trim();
                if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal)) names.Add(name);
            }

            return names.ToArray();
        }
    }
}
