using CsExtension.Rules.Sla;
using Xunit;
using static CsExtension.Rules.Tests.Sla.SlaClockCalendar;

namespace CsExtension.Rules.Tests.Sla
{
    public class SlaValidationTests
    {
        [Fact]
        public void Escalating_without_a_policy_for_the_priority_is_refused_with_what_to_do()
        {
            Assert.Equal(
                new[] { "There is no SLA policy for priority High. Ask your administrator to create one before escalating." },
                SlaValidation.Escalating(RequestPriority.High, null));
            Assert.Empty(SlaValidation.Escalating(RequestPriority.High, High));
        }

        [Fact]
        public void Resolving_a_request_never_escalated_needs_a_reason()
        {
            var expected = new[] { "This request was never escalated to development: give a reason before resolving it, so others know how it was settled." };

            Assert.Equal(expected, SlaValidation.Resolving(SlaState.NotStarted, At(6, 2, 10), null));
            Assert.Equal(expected, SlaValidation.Resolving(SlaState.NotStarted, At(6, 2, 10), "  "));
            Assert.Empty(SlaValidation.Resolving(SlaState.NotStarted, At(6, 2, 10), "Answered by CS on the phone"));
        }

        [Fact]
        public void A_resolution_date_before_the_escalation_is_refused_and_one_at_the_escalation_is_fine()
        {
            var escalated = EscalatedMondayMorning();

            Assert.Equal(
                new[] { "The resolution date (1 Jun 2025 10:00 UTC) is before the request was escalated to development (2 Jun 2025 09:00 UTC): choose a date on or after the escalation." },
                SlaValidation.Resolving(escalated, At(6, 1, 10), null));
            Assert.Empty(SlaValidation.Resolving(escalated, At(6, 2, 9), null));
        }

        [Fact]
        public void Resuming_a_request_that_is_not_paused_is_refused()
        {
            var escalated = EscalatedMondayMorning();

            Assert.Equal(
                new[] { "This request's SLA clock is not paused, so it cannot be resumed. Its SLA status is In progress." },
                SlaValidation.Resuming(escalated));
            Assert.Single(SlaValidation.Resuming(SlaState.NotStarted));
            Assert.Single(SlaValidation.Resuming(SlaClock.Resolve(SlaClock.Pause(escalated, At(6, 2, 10)), At(6, 2, 11))));
            Assert.Empty(SlaValidation.Resuming(SlaClock.Pause(escalated, At(6, 2, 10))));
        }

        [Fact]
        public void Resuming_a_breached_request_that_was_paused_is_fine()
        {
            var breached = SlaClock.Evaluate(EscalatedMondayMorning(), At(6, 2, 13, 1), Calendar, High).State;

            Assert.Empty(SlaValidation.Resuming(SlaClock.Pause(breached, At(6, 2, 14))));
        }
    }
}
