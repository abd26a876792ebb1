using CsExtension.Rules.Sla;
using Xunit;
using static CsExtension.Rules.Tests.Sla.SlaClockCalendar;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>Time passing: Nearing breach at the warning point, Breached once a due passes, each notice due once.
    /// The High request escalated Monday 2 June 09:00 has its response warning at 12:00 (75 % of 240 minutes) and its response due at 13:00.</summary>
    public class SlaClockEvaluateTests
    {
        [Fact]
        public void Nearing_breach_at_the_warning_point_then_Breached_after_the_due_each_notice_once()
        {
            var escalated = EscalatedMondayMorning();

            var before = SlaClock.Evaluate(escalated, At(6, 2, 11, 59), Calendar, High);
            Assert.Same(escalated, before.State);
            Assert.Null(before.NoticeDue);

            var nearing = SlaClock.Evaluate(escalated, At(6, 2, 12), Calendar, High);
            Assert.Equal(SlaStatus.NearingBreach, nearing.State.Status);
            Assert.Equal(SlaNotice.NearingBreach, nearing.NoticeDue);
            var warned = SlaClock.NoticeSent(nearing.State, SlaNotice.NearingBreach);
            Assert.Equal("NearingBreach", warned.Notices);

            var later = SlaClock.Evaluate(warned, At(6, 2, 12, 30), Calendar, High);
            Assert.Same(warned, later.State);
            Assert.Null(later.NoticeDue);
            Assert.Same(warned, SlaClock.Evaluate(warned, At(6, 2, 13), Calendar, High).State);

            var breached = SlaClock.Evaluate(warned, At(6, 2, 13, 1), Calendar, High);
            Assert.Equal(SlaStatus.Breached, breached.State.Status);
            Assert.Equal(SlaNotice.Breached, breached.NoticeDue);
            var told = SlaClock.NoticeSent(breached.State, SlaNotice.Breached);
            Assert.Equal("NearingBreach;Breached", told.Notices);

            var after = SlaClock.Evaluate(told, At(6, 2, 14), Calendar, High);
            Assert.Same(told, after.State);
            Assert.Null(after.NoticeDue);
        }

        [Fact]
        public void A_notice_not_recorded_as_sent_is_due_again_at_the_next_evaluation()
        {
            var nearing = SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 2, 12), Calendar, High).State;

            var again = SlaClock.Evaluate(nearing, At(6, 2, 12, 5), Calendar, High);

            Assert.Same(nearing, again.State);
            Assert.Equal(SlaNotice.NearingBreach, again.NoticeDue);
            var sent = SlaClock.NoticeSent(nearing, SlaNotice.NearingBreach);
            Assert.Same(sent, SlaClock.NoticeSent(sent, SlaNotice.NearingBreach));
        }

        [Fact]
        public void A_late_sweep_goes_straight_to_Breached_with_only_the_breach_notice()
        {
            var breached = SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 3, 10), Calendar, High);

            Assert.Equal(SlaStatus.Breached, breached.State.Status);
            Assert.Equal(SlaNotice.Breached, breached.NoticeDue);
            Assert.Null(SlaClock.Evaluate(SlaClock.NoticeSent(breached.State, SlaNotice.Breached), At(6, 3, 11), Calendar, High).NoticeDue);
        }

        [Fact]
        public void After_the_first_response_the_resolution_target_sets_the_warning_and_the_warning_notice_is_not_repeated()
        {
            var warned = SlaClock.NoticeSent(SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 2, 12), Calendar, High).State, SlaNotice.NearingBreach);
            var responded = SlaClock.RecordFirstResponse(warned, At(6, 2, 12, 30));

            Assert.Equal(SlaStatus.InProgress, SlaClock.Evaluate(responded, At(6, 2, 12, 31), Calendar, High).State.Status);

            // 75 % of 1200 = 900 minutes: Monday 480 + Tuesday 420 → Tuesday 16:00; resolution due Wednesday 13:00.
            Assert.Equal(SlaStatus.InProgress, SlaClock.Evaluate(responded, At(6, 3, 15, 59), Calendar, High).State.Status);
            var nearing = SlaClock.Evaluate(responded, At(6, 3, 16), Calendar, High);
            Assert.Equal(SlaStatus.NearingBreach, nearing.State.Status);
            Assert.Null(nearing.NoticeDue);
            var breached = SlaClock.Evaluate(responded, At(6, 4, 13, 1), Calendar, High);
            Assert.Equal(SlaStatus.Breached, breached.State.Status);
            Assert.Equal(SlaNotice.Breached, breached.NoticeDue);
        }

        [Fact]
        public void A_response_after_its_due_keeps_the_request_Breached()
        {
            var breached = SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 2, 13, 1), Calendar, High).State;
            var responded = SlaClock.RecordFirstResponse(breached, At(6, 2, 14));

            Assert.Same(responded, SlaClock.Evaluate(responded, At(6, 2, 14, 1), Calendar, High).State);
        }

        [Fact]
        public void An_absolute_warning_point_wins_over_the_percentage()
        {
            var targets = new SlaTargets(240, 1200, warningPercent: 75, warningMinutes: 60);
            var escalated = SlaClock.Escalate(SlaState.NotStarted, At(6, 2, 9), Calendar, targets);

            Assert.Equal(SlaStatus.InProgress, SlaClock.Evaluate(escalated, At(6, 2, 9, 59), Calendar, targets).State.Status);
            Assert.Equal(SlaStatus.NearingBreach, SlaClock.Evaluate(escalated, At(6, 2, 10), Calendar, targets).State.Status);
        }

        [Fact]
        public void A_request_escalated_on_Friday_evening_is_not_nearing_breach_over_the_long_weekend()
        {
            var escalated = SlaClock.Escalate(SlaState.NotStarted, At(5, 23, 18, 30), Calendar, High);

            Assert.Same(escalated, SlaClock.Evaluate(escalated, At(5, 26, 16), Calendar, High).State);
            Assert.Equal(SlaStatus.NearingBreach, SlaClock.Evaluate(escalated, At(5, 27, 12), Calendar, High).State.Status);
        }

        [Fact]
        public void Paused_Met_Cancelled_and_not_started_requests_are_not_evaluated()
        {
            var escalated = EscalatedMondayMorning();
            var paused = SlaClock.Pause(escalated, At(6, 2, 10));
            var met = SlaClock.Resolve(escalated, At(6, 2, 10));
            var cancelled = SlaClock.Cancel(escalated);

            foreach (var state in new[] { paused, met, cancelled, SlaState.NotStarted })
            {
                var evaluation = SlaClock.Evaluate(state, At(6, 9, 10), Calendar, High);
                Assert.Same(state, evaluation.State);
                Assert.Null(evaluation.NoticeDue);
            }
        }

        [Fact]
        public void A_request_breached_then_paused_before_the_notice_went_out_still_gets_it()
        {
            var paused = SlaClock.Pause(SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 2, 13, 1), Calendar, High).State, At(6, 2, 13, 2));

            Assert.Equal(SlaNotice.Breached, SlaClock.Evaluate(paused, At(6, 2, 14), Calendar, High).NoticeDue);
        }
    }
}
