using System;
using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class OnboardingComponentTests
    {
        private static ComponentScore? OnboardingOf(OnboardingStatus status, DateTime? due = null)
        {
            var inputs = Bare();
            inputs.Onboarding = status;
            inputs.OnboardingDueOn = due;
            return HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Component(HealthComponent.Onboarding);
        }

        [Fact]
        public void Onboarding_not_started_has_no_data()
        {
            Assert.Null(OnboardingOf(OnboardingStatus.NotStarted));
        }

        [Fact]
        public void Onboarding_in_progress_on_its_due_day_is_on_track_and_scores_100()
        {
            var onboarding = OnboardingOf(OnboardingStatus.InProgress, new DateTime(2025, 6, 30))!;
            Assert.Equal(100, onboarding.Score);
            Assert.Equal("Onboarding 100: in progress, due 30 Jun 2025", onboarding.Explanation);
        }

        [Fact]
        public void Onboarding_in_progress_past_its_due_day_scores_30_before_the_sweep_marks_it()
        {
            var onboarding = OnboardingOf(OnboardingStatus.InProgress, new DateTime(2025, 6, 29))!;
            Assert.Equal(30, onboarding.Score);
            Assert.Equal("Onboarding 30: in progress, 1 day past its due date (29 Jun 2025)", onboarding.Explanation);
        }

        [Fact]
        public void Onboarding_overdue_scores_30()
        {
            var onboarding = OnboardingOf(OnboardingStatus.Overdue, new DateTime(2025, 6, 1))!;
            Assert.Equal(30, onboarding.Score);
            Assert.Equal("Onboarding 30: overdue since 1 Jun 2025", onboarding.Explanation);
        }

        [Fact]
        public void Onboarding_completed_on_time_scores_100_and_late_70()
        {
            Assert.Equal(100, OnboardingOf(OnboardingStatus.CompletedOnTime)!.Score);
            Assert.Equal("Onboarding 70: completed late", OnboardingOf(OnboardingStatus.CompletedLate)!.Explanation);
        }
    }
}
