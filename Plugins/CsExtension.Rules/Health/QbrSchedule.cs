using System;

namespace CsExtension.Rules.Health
{
    /// <summary>An account's last QBR and when the next is due (none for Tech touch). Value equality, so a plugin writes
    /// only when <see cref="QbrCadence.QbrCompleted"/> changes it.</summary>
    public sealed class QbrSchedule : IEquatable<QbrSchedule>
    {
        public QbrSchedule(DateTime? lastQbrOn, DateTime? nextQbrDueOn)
        {
            LastQbrOn = lastQbrOn;
            NextQbrDueOn = nextQbrDueOn;
        }

        public DateTime? LastQbrOn { get; }
        public DateTime? NextQbrDueOn { get; }

        public bool Equals(QbrSchedule? other) => other != null && LastQbrOn == other.LastQbrOn && NextQbrDueOn == other.NextQbrDueOn;

        public override bool Equals(object? obj) => Equals(obj as QbrSchedule);

        // HashCode.Combine is not on .NET Framework 4.6.2.
        public override int GetHashCode() => unchecked(LastQbrOn.GetHashCode() * 397 ^ NextQbrDueOn.GetHashCode());

        public static bool operator ==(QbrSchedule? left, QbrSchedule? right) => ReferenceEquals(left, right) || (left is object && left.Equals(right));

        public static bool operator !=(QbrSchedule? left, QbrSchedule? right) => !(left == right);
    }
}
