using System;

namespace CsExtension.Rules.Health
{
    /// <summary>An account's onboarding as stored on it. Immutable with value equality, so a plugin writes only when a
    /// transition of <see cref="OnboardingTracker"/> returns a different state.</summary>
    public sealed class OnboardingState : IEquatable<OnboardingState>
    {
        public static readonly OnboardingState NotStarted = new OnboardingState(OnboardingStatus.NotStarted, null, null, null);

        public OnboardingState(OnboardingStatus status, DateTime? startedOn, DateTime? dueOn, DateTime? completedOn)
        {
            Status = status;
            StartedOn = startedOn;
            DueOn = dueOn;
            CompletedOn = completedOn;
        }

        public OnboardingStatus Status { get; }
        public DateTime? StartedOn { get; }
        public DateTime? DueOn { get; }
        public DateTime? CompletedOn { get; }

        public bool IsCompleted => Status == OnboardingStatus.CompletedOnTime || Status == OnboardingStatus.CompletedLate;

        public bool Equals(OnboardingState? other) =>
            other != null && Status == other.Status && StartedOn == other.StartedOn && DueOn == other.DueOn && CompletedOn == other.CompletedOn;

        public override bool Equals(object? obj) => Equals(obj as OnboardingState);

        public override int GetHashCode()
        {
            // HashCode.Combine is not on .NET Framework 4.6.2.
            unchecked
            {
                var hash = (int)Status;
                hash = hash * 397 ^ StartedOn.GetHashCode();
                hash = hash * 397 ^ DueOn.GetHashCode();
                return hash * 397 ^ CompletedOn.GetHashCode();
            }
        }

        public static bool operator ==(OnboardingState? left, OnboardingState? right) => ReferenceEquals(left, right) || (left is object && left.Equals(right));

        public static bool operator !=(OnboardingState? left, OnboardingState? right) => !(left == right);

        public override string ToString() => Status + " (started " + StartedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            + ", due " + DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            + ", completed " + CompletedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
