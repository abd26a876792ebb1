using System;

namespace CsExtension.Rules.Health
{
    /// <summary>The onboarding state machine of DESIGN §2: NotStarted → InProgress (first contract active) → Overdue (sweep,
    /// past due) → CompletedOnTime / CompletedLate. Each transition returns the same instance when nothing changes.</summary>
    public static class OnboardingTracker
    {
        /// <summary>A contract became active on <paramref name="activatedOn"/>: only the account's first starts onboarding.</summary>
        public static OnboardingState ContractActivated(OnboardingState current, DateTime activatedOn, HealthSettings settings)
        {
            if (current == null) throw new ArgumentNullException(nameof(current));
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            if (current.Status != OnboardingStatus.NotStarted) return current;

            var started = activatedOn.Date;
            return new OnboardingState(OnboardingStatus.InProgress, started, started.AddDays(settings.OnboardingDays), null);
        }

        /// <summary>An "Onboarding review" meeting was completed on <paramref name="completedOn"/>.</summary>
        public static OnboardingState OnboardingReviewCompleted(OnboardingState current, DateTime completedOn) => Complete(current, completedOn);

        /// <summary>A usage snapshot was recorded; pass its period end as <paramref name="measuredOn"/>, the day the seats were active.</summary>
        public static OnboardingState UsageRecorded(OnboardingState current, int activeUsers, int licensedSeats, DateTime measuredOn, HealthSettings settings)
        {
            if (current == null) throw new ArgumentNullException(nameof(current));
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            return ReachesSeatTarget(activeUsers, licensedSeats, settings) ? Complete(current, measuredOn) : current;
        }

        /// <summary>Whether enough seats are active to count onboarding as done (never with no seats).</summary>
        public static bool ReachesSeatTarget(int activeUsers, int licensedSeats, HealthSettings settings)
        {
            if (settings == null) throw new ArgumentNullException(nameof(settings));
            return licensedSeats > 0 && activeUsers > 0 && (decimal)activeUsers / licensedSeats * 100 >= settings.OnboardingSeatPercent;
        }

        /// <summary>The daily sweep: an onboarding still in progress after its due date becomes Overdue.</summary>
        public static OnboardingState Sweep(OnboardingState current, DateTime today)
        {
            if (current == null) throw new ArgumentNullException(nameof(current));
            return current.Status == OnboardingStatus.InProgress && current.DueOn.HasValue && today.Date > current.DueOn.Value.Date
                ? new OnboardingState(OnboardingStatus.Overdue, current.StartedOn, current.DueOn, null)
                : current;
        }

        // Whichever completion comes first wins: a completed onboarding never changes again.
        private static OnboardingState Complete(OnboardingState current, DateTime completedOn)
        {
            if (current == null) throw new ArgumentNullException(nameof(current));
            switch (current.Status)
            {
                case OnboardingStatus.InProgress:
                    var onTime = !current.DueOn.HasValue || completedOn.Date <= current.DueOn.Value.Date;
                    return new OnboardingState(onTime ? OnboardingStatus.CompletedOnTime : OnboardingStatus.CompletedLate,
                        current.StartedOn, current.DueOn, completedOn.Date);
                case OnboardingStatus.Overdue:
                    return new OnboardingState(OnboardingStatus.CompletedLate, current.StartedOn, current.DueOn, completedOn.Date);
                default:
                    return current;
            }
        }
    }
}
