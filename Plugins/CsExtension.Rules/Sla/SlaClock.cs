using System;

namespace CsExtension.Rules.Sla
{
    /// <summary>The SLA state machine of a customer request (DESIGN §3). Every transition is pure, takes the operation's instant
    /// (UTC) and returns the same instance when nothing changes, so replaying an update is harmless and a plugin can skip the write.
    /// Dues are always recomputed from escalated-on (target + paused business minutes), never shifted, so they stay exact.</summary>
    public static class SlaClock
    {
        /// <summary>Status "Escalated to development": starts the clock at <paramref name="now"/> (counting from the next working moment
        /// when outside working time). A request already escalated is left as it is.</summary>
        public static SlaState Escalate(SlaState state, DateTime now, BusinessCalendar calendar, SlaTargets targets)
        {
            Require(state, calendar, targets);
            if (state.IsEscalated) return state;

            // A fresh clock: earlier pauses or a resolution without escalation do not count; notices already sent stay sent.
            return new SlaState(SlaStatus.InProgress, now, state.FirstResponseOn,
                calendar.AddBusinessMinutes(now, targets.ResponseMinutes), calendar.AddBusinessMinutes(now, targets.ResolutionMinutes),
                null, null, 0, 0, state.Notices);
        }

        /// <summary>Status "In development" or first-response-on set: records the first response once, while the clock runs or is paused.
        /// The status is refreshed by the next <see cref="Evaluate"/>.</summary>
        public static SlaState RecordFirstResponse(SlaState state, DateTime at)
        {
            Require(state);
            if (!state.IsEscalated || state.IsClosed || state.FirstResponseOn.HasValue) return state;
            return state.With(firstResponseOn: at);
        }

        /// <summary>A pause status reason of the policy (e.g. "Waiting for customer"): stops the clock at <paramref name="now"/>.
        /// A breached request keeps status Breached while paused, so reports and the health score still see the breach.
        /// A request not escalated, closed or already paused is left as it is (the first pause start wins).</summary>
        public static SlaState Pause(SlaState state, DateTime now)
        {
            Require(state);
            if (!state.IsEscalated || state.IsClosed || state.PausedOn.HasValue) return state;
            var status = state.Status == SlaStatus.Breached ? SlaStatus.Breached : SlaStatus.Paused;
            return state.WithPausedOn(now).With(status: status);
        }

        /// <summary>Leaving a pause status reason: adds the business minutes from the recorded pause start to <paramref name="now"/>
        /// (all to the resolution due, only those before the first response to the response due) and sets the status as
        /// <see cref="Evaluate"/> would at <paramref name="now"/>. A request not paused is left as it is (<see cref="SlaValidation.Resuming"/> says why).</summary>
        public static SlaState Resume(SlaState state, DateTime now, BusinessCalendar calendar, SlaTargets targets)
        {
            Require(state, calendar, targets);
            if (!state.IsPaused) return state;

            var pausedOn = state.PausedOn!.Value;
            var paused = Between(calendar, pausedOn, now);
            var beforeResponse = !state.FirstResponseOn.HasValue ? paused
                : state.FirstResponseOn.Value <= pausedOn ? 0
                : Between(calendar, pausedOn, state.FirstResponseOn.Value < now ? state.FirstResponseOn.Value : now);

            var resumed = state.WithPausedOn(null).With(
                status: state.Status == SlaStatus.Paused ? SlaStatus.InProgress : state.Status,
                pausedMinutes: state.PausedMinutes + paused,
                responsePausedMinutes: state.ResponsePausedMinutes + beforeResponse);

            // A pause entirely outside working time moves nothing, so the dues are left exactly as they were.
            if (paused > 0) resumed = WithDues(resumed, calendar, targets);
            return resumed.With(status: Assess(resumed, now, calendar, targets));
        }

        /// <summary>The priority changed: both dues are recomputed from escalated-on with the new policy's targets, keeping paused time.
        /// The status is refreshed by the next <see cref="Evaluate"/>. A request not escalated or closed is left as it is.</summary>
        public static SlaState ChangePriority(SlaState state, BusinessCalendar calendar, SlaTargets newTargets)
        {
            Require(state, calendar, newTargets);
            if (!state.IsEscalated || state.IsClosed) return state;
            return SameIfEqual(state, WithDues(state, calendar, newTargets));
        }

        /// <summary>Status "Resolved" or "Won't fix": Met if resolved on or before the resolution due, else Breached. A paused request
        /// is judged at its pause start (its clock was stopped then). A request never escalated only records the date; a closed one
        /// is left as it is (the first resolution wins).</summary>
        public static SlaState Resolve(SlaState state, DateTime resolvedOn)
        {
            Require(state);
            if (state.IsClosed) return state;
            if (!state.IsEscalated) return state.With(resolvedOn: resolvedOn);

            var clockStoppedAt = state.IsPaused && state.PausedOn!.Value < resolvedOn ? state.PausedOn.Value : resolvedOn;
            var met = !state.ResolutionDueOn.HasValue || clockStoppedAt <= state.ResolutionDueOn.Value;
            return state.With(status: met ? SlaStatus.Met : SlaStatus.Breached, resolvedOn: resolvedOn);
        }

        /// <summary>Status "Cancelled": SLA status Cancelled, unless the request was already resolved (its result stands).</summary>
        public static SlaState Cancel(SlaState state)
        {
            Require(state);
            return state.IsClosed ? state : state.With(status: SlaStatus.Cancelled);
        }

        /// <summary>Time passing (the scheduled csx_EvaluateSla): a running request becomes Nearing breach once the warning point is reached
        /// and Breached once a due passes (response due without a first response, or resolution due). Paused, Met, Cancelled and
        /// Not started requests keep their status. The notice due is the one for the resulting status not sent yet, so each goes out once.</summary>
        public static SlaEvaluation Evaluate(SlaState state, DateTime now, BusinessCalendar calendar, SlaTargets targets)
        {
            Require(state, calendar, targets);
            var running = state.IsEscalated && !state.IsPaused && !state.IsClosed
                && (state.Status == SlaStatus.InProgress || state.Status == SlaStatus.NearingBreach || state.Status == SlaStatus.Breached);
            var next = running ? SameIfEqual(state, state.With(status: Assess(state, now, calendar, targets))) : state;
            return new SlaEvaluation(next, NoticeDue(next));
        }

        /// <summary>Records that <paramref name="notice"/> went out, so it is never due again for this request.</summary>
        public static SlaState NoticeSent(SlaState state, SlaNotice notice)
        {
            Require(state);
            if (state.HasSent(notice)) return state;
            var notices = state.Notices.Length == 0 ? notice.ToString() : state.Notices + SlaState.NoticeSeparator + notice;
            return state.With(notices: notices);
        }

        private static SlaNotice? NoticeDue(SlaState state)
        {
            // A request closed before the sweep saw it needs no warning any more.
            if (state.IsClosed) return null;
            if (state.Status == SlaStatus.Breached && !state.HasSent(SlaNotice.Breached)) return SlaNotice.Breached;
            if (state.Status == SlaStatus.NearingBreach && !state.HasSent(SlaNotice.NearingBreach)) return SlaNotice.NearingBreach;
            return null;
        }

        // Derived from the dues and the instant only (never from the previous status), so evaluating twice gives the same answer.
        private static SlaStatus Assess(SlaState state, DateTime now, BusinessCalendar calendar, SlaTargets targets)
        {
            var escalatedOn = state.EscalatedOn!.Value;
            var responded = state.FirstResponseOn.HasValue;
            if (state.ResponseDueOn.HasValue && (responded ? state.FirstResponseOn!.Value : now) > state.ResponseDueOn.Value) return SlaStatus.Breached;
            if (state.ResolutionDueOn.HasValue && now > state.ResolutionDueOn.Value) return SlaStatus.Breached;

            // The resolution warning is checked before the first response too, in case a policy's targets are close together.
            if (!responded && now >= calendar.AddBusinessMinutes(escalatedOn, targets.WarningPointOf(targets.ResponseMinutes) + state.ResponsePausedMinutes)) return SlaStatus.NearingBreach;
            if (now >= calendar.AddBusinessMinutes(escalatedOn, targets.WarningPointOf(targets.ResolutionMinutes) + state.PausedMinutes)) return SlaStatus.NearingBreach;
            return SlaStatus.InProgress;
        }

        private static SlaState WithDues(SlaState state, BusinessCalendar calendar, SlaTargets targets)
        {
            var escalatedOn = state.EscalatedOn!.Value;
            return state.With(
                responseDueOn: calendar.AddBusinessMinutes(escalatedOn, targets.ResponseMinutes + state.ResponsePausedMinutes),
                resolutionDueOn: calendar.AddBusinessMinutes(escalatedOn, targets.ResolutionMinutes + state.PausedMinutes));
        }

        // A resume recorded before its pause (clock skew, a hand-edited date) counts as no pause rather than a negative one.
        private static long Between(BusinessCalendar calendar, DateTime from, DateTime to) =>
            to > from ? Math.Max(0, calendar.BusinessMinutesBetween(from, to)) : 0;

        private static SlaState SameIfEqual(SlaState state, SlaState candidate) => candidate.Equals(state) ? state : candidate;

        private static void Require(SlaState state)
        {
            if (state == null) throw new ArgumentNullException(nameof(state));
        }

        private static void Require(SlaState state, BusinessCalendar calendar, SlaTargets targets)
        {
            Require(state);
            if (calendar == null) throw new ArgumentNullException(nameof(calendar));
            if (targets == null) throw new ArgumentNullException(nameof(targets));
        }
    }
}
