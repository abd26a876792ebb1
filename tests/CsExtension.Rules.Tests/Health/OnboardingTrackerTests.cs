using System;
using CsExtension.Rules.Health;
using Xunit;

namespace CsExtension.Rules.Tests.Health
{
    public class OnboardingTrackerTests
    {
        private static readonly HealthSettings Settings = HealthSettings.Default;

        /// <summary>Activated 10 Mar 2025 in the afternoon, so due 9 Apr 2025 (+30 days).</summary>
        private static OnboardingState Started() =>
            OnboardingTracker.ContractActivated(OnboardingState.NotStarted, new DateTime(2025, 3, 10, 14, 0, 0), Settings);

        [Fact]
        public void The_first_active_contract_starts_onboarding_due_30_days_later()
        {
            var state = Started();
            Assert.Equal(new OnboardingState(OnboardingStatus.InProgress, new DateTime(2025, 3, 10), new DateTime(2025, 4, 9), null), state);
        }

        [Fact]
        public void A_second_active_contract_does_not_restart_onboarding()
        {
            var state = Started();
            Assert.Same(state, OnboardingTracker.ContractActivated(state, new DateTime(2025, 3, 20), Settings));
            var done = OnboardingTracker.OnboardingReviewCompleted(state, new DateTime(2025, 3, 25));
            Assert.Same(done, OnboardingTracker.ContractActivated(done, new DateTime(2025, 5, 1), Settings));
        }

        [Fact]
        public void An_onboarding_review_on_the_due_day_even_late_in_the_evening_completes_it_on_time()
        {
            var state = OnboardingTracker.OnboardingReviewCompleted(Started(), new DateTime(2025, 4, 9, 23, 59, 0));
            Assert.Equal(OnboardingStatus.CompletedOnTime, state.Status);
            Assert.Equal(new DateTime(2025, 4, 9), state.CompletedOn);
        }

        [Fact]
        public void An_onboarding_review_the_day_after_the_due_day_completes_it_late()
        {
            Assert.Equal(OnboardingStatus.CompletedLate, OnboardingTracker.OnboardingReviewCompleted(Started(), new DateTime(2025, 4, 10)).Status);
        }

        [Fact]
        public void Half_of_the_seats_active_completes_onboarding_and_fewer_do_not()
        {
            var started = Started();
            Assert.Same(started, OnboardingTracker.UsageRecorded(started, 9, 20, new DateTime(2025, 3, 31), Settings));
            Assert.Same(started, OnboardingTracker.UsageRecorded(started, 0, 0, new DateTime(2025, 3, 31), Settings));
            var done = OnboardingTracker.UsageRecorded(started, 10, 20, new DateTime(2025, 3, 31), Settings);
            Assert.Equal(OnboardingStatus.CompletedOnTime, done.Status);
            Assert.Equal(new DateTime(2025, 3, 31), done.CompletedOn);
        }

        [Fact]
        public void Whichever_completion_comes_first_wins_and_a_completed_onboarding_never_changes()
        {
            var done = OnboardingTracker.UsageRecorded(Started(), 15, 20, new DateTime(2025, 3, 31), Settings);
            Assert.Same(done, OnboardingTracker.OnboardingReviewCompleted(done, new DateTime(2025, 4, 20)));
            Assert.Same(done, OnboardingTracker.UsageRecorded(done, 20, 20, new DateTime(2025, 4, 30), Settings));
            Assert.Same(done, OnboardingTracker.Sweep(done, new DateTime(2025, 12, 31)));
        }

        [Fact]
        public void The_sweep_marks_onboarding_overdue_only_after_the_due_day()
        {
            var started = Started();
            Assert.Same(started, OnboardingTracker.Sweep(started, new DateTime(2025, 4, 9, 23, 0, 0)));
            var overdue = OnboardingTracker.Sweep(started, new DateTime(2025, 4, 10, 1, 0, 0));
            Assert.Equal(new OnboardingState(OnboardingStatus.Overdue, new DateTime(2025, 3, 10), new DateTime(2025, 4, 9), null), overdue);
            Assert.Same(overdue, OnboardingTracker.Sweep(overdue, new DateTime(2025, 4, 11)));
        }

        [Fact]
        public void Completing_an_overdue_onboarding_is_late()
        {
            var overdue = OnboardingTracker.Sweep(Started(), new DateTime(2025, 4, 10));
            Assert.Equal(OnboardingStatus.CompletedLate, OnboardingTracker.OnboardingReviewCompleted(overdue, new DateTime(2025, 4, 12)).Status);
            Assert.Equal(OnboardingStatus.CompletedLate, OnboardingTracker.UsageRecorded(overdue, 20, 20, new DateTime(2025, 4, 12), Settings).Status);
        }

        [Fact]
        public void Nothing_completes_an_onboarding_that_has_not_started()
        {
            Assert.Same(OnboardingState.NotStarted, OnboardingTracker.OnboardingReviewCompleted(OnboardingState.NotStarted, new DateTime(2025, 3, 1)));
            Assert.Same(OnboardingState.NotStarted, OnboardingTracker.UsageRecorded(OnboardingState.NotStarted, 20, 20, new DateTime(2025, 3, 1), Settings));
            Assert.Same(OnboardingState.NotStarted, OnboardingTracker.Sweep(OnboardingState.NotStarted, new DateTime(2025, 3, 1)));
        }

        [Fact]
        public void The_onboarding_length_and_seat_share_come_from_the_settings()
        {
            var settings = new HealthSettings { OnboardingDays = 45, OnboardingSeatPercent = 75 };
            var started = OnboardingTracker.ContractActivated(OnboardingState.NotStarted, new DateTime(2025, 3, 10), settings);
            Assert.Equal(new DateTime(2025, 4, 24), started.DueOn);
            Assert.Same(started, OnboardingTracker.UsageRecorded(started, 14, 20, new DateTime(2025, 3, 31), settings));
            Assert.True(OnboardingTracker.UsageRecorded(started, 15, 20, new DateTime(2025, 3, 31), settings).IsCompleted);
        }
    }
}
