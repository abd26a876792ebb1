using CsExtension.Rules.Sla;
using Xunit;
using static CsExtension.Rules.Tests.Sla.SlaClockCalendar;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>Worked examples of the SLA clock on the calendar of <see cref="SlaClockCalendar"/>, each due computed by hand.</summary>
    public class SlaClockTests
    {
        [Fact]
        public void Escalation_on_a_Friday_evening_before_a_holiday_Monday_counts_from_Tuesday_morning()
        {
            // Tuesday 27 May 09:00 + 240 min = 13:00; + 1200 min = Tuesday 480, Wednesday 480, Thursday 240 → Thursday 13:00.
            var state = SlaClock.Escalate(SlaState.NotStarted, At(5, 23, 18, 30), Calendar, High);

            Assert.Equal(new SlaState(SlaStatus.InProgress, At(5, 23, 18, 30), null, At(5, 27, 13), At(5, 29, 13), null, null, 0, 0, null), state);
        }

        [Fact]
        public void Escalating_an_escalated_request_again_changes_nothing()
        {
            var state = EscalatedMondayMorning();

            Assert.Same(state, SlaClock.Escalate(state, At(6, 3, 10), Calendar, Medium));
        }

        [Fact]
        public void A_pause_over_the_weekend_moves_no_due()
        {
            // Friday 30 May 10:00: response due 14:00; resolution Friday 420 + Monday 480 + Tuesday 300 → Tuesday 3 June 14:00.
            var escalated = SlaClock.Escalate(SlaState.NotStarted, At(5, 30, 10), Calendar, High);
            var responded = SlaClock.RecordFirstResponse(escalated, At(5, 30, 11));
            var paused = SlaClock.Pause(responded, At(5, 30, 17, 30));
            Assert.Equal(SlaStatus.Paused, paused.Status);

            var resumed = SlaClock.Resume(paused, At(6, 2, 8), Calendar, High);

            Assert.Equal(new SlaState(SlaStatus.InProgress, At(5, 30, 10), At(5, 30, 11), At(5, 30, 14), At(6, 3, 14), null, null, 0, 0, null), resumed);
        }

        [Fact]
        public void A_pause_in_working_hours_before_the_first_response_moves_both_dues()
        {
            var paused = SlaClock.Pause(EscalatedMondayMorning(), At(6, 2, 10));
            Assert.Equal(SlaStatus.Paused, paused.Status);
            Assert.Equal(At(6, 2, 10), paused.PausedOn);

            var resumed = SlaClock.Resume(paused, At(6, 2, 11, 30), Calendar, High);

            // 90 minutes paused: response 09:00 + 330 = 14:30; resolution Monday 480 + Tuesday 480 + Wednesday 330 → Wednesday 14:30.
            Assert.Equal(new SlaState(SlaStatus.InProgress, At(6, 2, 9), null, At(6, 2, 14, 30), At(6, 4, 14, 30), null, null, 90, 90, null), resumed);
        }

        [Fact]
        public void A_pause_after_the_first_response_moves_only_the_resolution_due()
        {
            var responded = SlaClock.RecordFirstResponse(EscalatedMondayMorning(), At(6, 2, 10));
            var paused = SlaClock.Pause(responded, At(6, 2, 15));

            var resumed = SlaClock.Resume(paused, At(6, 3, 10), Calendar, High);

            // Monday 15:00–17:00 and Tuesday 09:00–10:00: 180 minutes; resolution 1380 → Wednesday 16:00.
            Assert.Equal(new SlaState(SlaStatus.InProgress, At(6, 2, 9), At(6, 2, 10), At(6, 2, 13), At(6, 4, 16), null, null, 180, 0, null), resumed);
        }

        [Fact]
        public void A_first_response_during_a_pause_moves_the_response_due_by_the_paused_minutes_before_it()
        {
            var paused = SlaClock.Pause(EscalatedMondayMorning(), At(6, 2, 10));
            var responded = SlaClock.RecordFirstResponse(paused, At(6, 2, 10, 30));

            var resumed = SlaClock.Resume(responded, At(6, 2, 11, 30), Calendar, High);

            Assert.Equal(90, resumed.PausedMinutes);
            Assert.Equal(30, resumed.ResponsePausedMinutes);
            Assert.Equal(At(6, 2, 13, 30), resumed.ResponseDueOn);
            Assert.Equal(At(6, 4, 14, 30), resumed.ResolutionDueOn);
        }

        [Fact]
        public void Two_pauses_add_up()
        {
            var first = SlaClock.Resume(SlaClock.Pause(EscalatedMondayMorning(), At(6, 2, 10)), At(6, 2, 10, 30), Calendar, High);
            var second = SlaClock.Resume(SlaClock.Pause(first, At(6, 2, 11)), At(6, 2, 11, 15), Calendar, High);

            Assert.Equal(45, second.PausedMinutes);
            Assert.Equal(At(6, 2, 13, 45), second.ResponseDueOn);
            Assert.Equal(At(6, 4, 13, 45), second.ResolutionDueOn);
        }

        [Fact]
        public void A_priority_change_recomputes_both_dues_from_escalation_keeping_paused_time()
        {
            var resumed = SlaClock.Resume(SlaClock.Pause(EscalatedMondayMorning(), At(6, 2, 10)), At(6, 2, 11, 30), Calendar, High);

            var medium = SlaClock.ChangePriority(resumed, Calendar, Medium);

            // 480 + 90 = Monday 480 + Tuesday 90 → Tuesday 10:30; 2400 + 90 = Monday to Friday + 90 → Monday 9 June 10:30.
            Assert.Equal(new SlaState(SlaStatus.InProgress, At(6, 2, 9), null, At(6, 3, 10, 30), At(6, 9, 10, 30), null, null, 90, 90, null), medium);
            Assert.Equal(resumed, SlaClock.ChangePriority(medium, Calendar, High));
            Assert.Same(medium, SlaClock.ChangePriority(medium, Calendar, Medium));
        }

        [Fact]
        public void Resolved_at_the_resolution_due_is_Met_and_a_minute_later_Breached()
        {
            var escalated = EscalatedMondayMorning();

            Assert.Equal(SlaStatus.Met, SlaClock.Resolve(escalated, At(6, 4, 13)).Status);
            Assert.Equal(SlaStatus.Breached, SlaClock.Resolve(escalated, At(6, 4, 13, 1)).Status);
            Assert.Equal(At(6, 4, 13), SlaClock.Resolve(escalated, At(6, 4, 13)).ResolvedOn);
        }

        [Fact]
        public void A_late_first_response_does_not_breach_a_request_resolved_in_time()
        {
            // DESIGN §3 judges the result by the resolution due only; the late response shows as Breached while the request is open.
            var late = SlaClock.Evaluate(SlaClock.RecordFirstResponse(EscalatedMondayMorning(), At(6, 2, 15)), At(6, 2, 15, 1), Calendar, High).State;
            Assert.Equal(SlaStatus.Breached, late.Status);

            Assert.Equal(SlaStatus.Met, SlaClock.Resolve(late, At(6, 3, 10)).Status);
        }

        [Fact]
        public void A_request_resolved_while_paused_is_judged_at_the_pause_start()
        {
            var escalated = EscalatedMondayMorning();

            Assert.Equal(SlaStatus.Met, SlaClock.Resolve(SlaClock.Pause(escalated, At(6, 4, 12)), At(6, 5, 10)).Status);
            Assert.Equal(SlaStatus.Breached, SlaClock.Resolve(SlaClock.Pause(escalated, At(6, 4, 13, 30)), At(6, 5, 10)).Status);
        }

        [Fact]
        public void The_first_resolution_wins_and_a_resolved_request_is_not_cancelled_paused_or_reprioritised()
        {
            var met = SlaClock.Resolve(EscalatedMondayMorning(), At(6, 3, 10));

            Assert.Same(met, SlaClock.Resolve(met, At(6, 9, 10)));
            Assert.Same(met, SlaClock.Cancel(met));
            Assert.Same(met, SlaClock.Pause(met, At(6, 3, 11)));
            Assert.Same(met, SlaClock.ChangePriority(met, Calendar, Medium));
            Assert.Same(met, SlaClock.RecordFirstResponse(met, At(6, 3, 11)));
        }

        [Fact]
        public void Cancelling_makes_the_SLA_Cancelled_escalated_or_not()
        {
            var cancelled = SlaClock.Cancel(EscalatedMondayMorning());

            Assert.Equal(SlaStatus.Cancelled, cancelled.Status);
            Assert.Equal(At(6, 4, 13), cancelled.ResolutionDueOn);
            Assert.Equal(SlaStatus.Cancelled, SlaClock.Cancel(SlaState.NotStarted).Status);
            Assert.Same(cancelled, SlaClock.Cancel(cancelled));
            Assert.Same(cancelled, SlaClock.Resolve(cancelled, At(6, 3, 10)));
        }

        [Fact]
        public void A_request_never_escalated_has_no_clock_to_pause_or_respond_to_and_resolving_it_only_records_the_date()
        {
            var notStarted = SlaState.NotStarted;

            Assert.Same(notStarted, SlaClock.Pause(notStarted, At(6, 2, 10)));
            Assert.Same(notStarted, SlaClock.Resume(notStarted, At(6, 2, 11), Calendar, High));
            Assert.Same(notStarted, SlaClock.RecordFirstResponse(notStarted, At(6, 2, 10)));
            Assert.Same(notStarted, SlaClock.ChangePriority(notStarted, Calendar, High));
            var resolved = SlaClock.Resolve(notStarted, At(6, 2, 12));
            Assert.Equal(SlaStatus.NotStarted, resolved.Status);
            Assert.Equal(At(6, 2, 12), resolved.ResolvedOn);
        }

        [Fact]
        public void The_first_response_is_recorded_once()
        {
            var responded = SlaClock.RecordFirstResponse(EscalatedMondayMorning(), At(6, 2, 10));

            Assert.Equal(At(6, 2, 10), responded.FirstResponseOn);
            Assert.Same(responded, SlaClock.RecordFirstResponse(responded, At(6, 2, 11)));
        }

        [Fact]
        public void Replaying_a_pause_or_a_resume_gives_the_same_result()
        {
            var paused = SlaClock.Pause(EscalatedMondayMorning(), At(6, 2, 10));
            Assert.Same(paused, SlaClock.Pause(paused, At(6, 2, 10, 30)));

            var resumed = SlaClock.Resume(paused, At(6, 2, 11, 30), Calendar, High);

            Assert.Equal(resumed, SlaClock.Resume(paused, At(6, 2, 11, 30), Calendar, High));
            Assert.Same(resumed, SlaClock.Resume(resumed, At(6, 2, 11, 30), Calendar, High));
        }

        [Fact]
        public void A_breached_request_stays_Breached_while_paused_and_after_the_resume()
        {
            var breached = SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 2, 13, 1), Calendar, High).State;
            var paused = SlaClock.Pause(breached, At(6, 2, 14));

            Assert.Equal(SlaStatus.Breached, paused.Status);
            Assert.True(paused.IsPaused);
            Assert.Same(paused, SlaClock.Evaluate(paused, At(6, 2, 15), Calendar, High).State);

            // 120 minutes paused move the response due to 15:00, still before the first response that has not come.
            var resumed = SlaClock.Resume(paused, At(6, 2, 16), Calendar, High);
            Assert.Equal(SlaStatus.Breached, resumed.Status);
            Assert.Equal(At(6, 2, 15), resumed.ResponseDueOn);
            Assert.Null(resumed.PausedOn);
        }

        [Fact]
        public void Resuming_sets_the_status_time_has_reached_meanwhile()
        {
            // Paused at 10:00 for 30 minutes: the response warning (180 + 30 minutes) is at 12:30.
            var paused = SlaClock.Pause(EscalatedMondayMorning(), At(6, 2, 10));
            var resumed = SlaClock.Resume(paused, At(6, 2, 10, 30), Calendar, High);
            Assert.Equal(SlaStatus.InProgress, resumed.Status);

            var pausedAgain = SlaClock.Pause(resumed, At(6, 2, 12, 40));
            Assert.Equal(SlaStatus.NearingBreach, SlaClock.Resume(pausedAgain, At(6, 2, 17, 30), Calendar, High).Status);
        }
    }
}
