namespace CsExtension.Plugins.Schema
{
    /// <summary>Choice values of the solution (publisher prefix 61530: custom values start at 615300000, in the order
    /// the model lists them — tools/CsExtension.SolutionBuilder/Model).</summary>
    public static class Choices
    {
        private const int First = 615300000;

        public static class HealthBand
        {
            public const int Healthy = First, Neutral = First + 1, AtRisk = First + 2, Critical = First + 3;
        }

        public static class Tier
        {
            public const int HighTouch = First, MidTouch = First + 1, TechTouch = First + 2;
        }

        public static class OnboardingStatus
        {
            public const int NotStarted = First, InProgress = First + 1, CompletedOnTime = First + 2, CompletedLate = First + 3, Overdue = First + 4;
        }

        public static class MeetingType
        {
            public const int Regular = First, Qbr = First + 1, OnboardingReview = First + 2, Escalation = First + 3;
        }

        public static class Priority
        {
            public const int Critical = First, High = First + 1, Medium = First + 2, Low = First + 3;
        }

        public static class SlaStatus
        {
            public const int NotStarted = First, InProgress = First + 1, NearingBreach = First + 2, Breached = First + 3, Met = First + 4, Paused = First + 5, Cancelled = First + 6;
        }

        public static class ArrMovementType
        {
            public const int New = First, Expansion = First + 1, Contraction = First + 2, Churn = First + 3, Reactivation = First + 4;
        }

        public static class AlertType
        {
            public const int UsageDecline = First, NoLogin = First + 1, OnboardingOverdue = First + 2, QbrOverdue = First + 3, SlaNearingBreach = First + 4, SlaBreached = First + 5;
        }

        /// <summary>Platform values of contract statecode (contract table reference).</summary>
        public static class ContractState
        {
            public const int Draft = 0, Invoiced = 1, Active = 2, OnHold = 3, Canceled = 4, Expired = 5;
        }

        /// <summary>Platform values of activity statecode.</summary>
        public static class ActivityState
        {
            public const int Open = 0, Completed = 1, Canceled = 2, Scheduled = 3;
        }

        /// <summary>Platform values of opportunity statecode.</summary>
        public static class OpportunityState
        {
            public const int Open = 0, Won = 1, Lost = 2;
        }

        /// <summary>Status reasons of csx_customerrequest: New and Resolved are the platform's defaults (1 and 2), the
        /// others the solution's own.</summary>
        public static class RequestStatus
        {
            public const int New = 1, Resolved = 2;
            public const int Triaged = First, EscalatedToDevelopment = First + 1, InDevelopment = First + 2, WaitingForCustomer = First + 3;
            public const int WontFix = First + 4, Cancelled = First + 5;
        }

        public static class Weekday
        {
            public const int Monday = First;
        }

        public static class SignalType
        {
            public const int SeatExpansion = First, RenewalUpgrade = First + 1, TierUpgrade = First + 2;
        }
    }
}
