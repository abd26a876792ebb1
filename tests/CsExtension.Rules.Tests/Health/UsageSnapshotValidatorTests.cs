using System;
using CsExtension.Rules.Health;
using Xunit;

namespace CsExtension.Rules.Tests.Health
{
    public class UsageSnapshotValidatorTests
    {
        private static readonly DateTime March1 = new DateTime(2025, 3, 1);
        private static readonly DateTime March31 = new DateTime(2025, 3, 31);

        [Fact]
        public void A_sensible_snapshot_has_no_problems()
        {
            Assert.Empty(UsageSnapshotValidator.Problems(March1, March31, 40, 50, 900, 7, 10));
            Assert.Empty(UsageSnapshotValidator.Problems(March1, March1, 50, 50, 0, 10, 10));
        }

        [Fact]
        public void Negative_numbers_are_problems_each_named()
        {
            Assert.Equal(new[]
            {
                "Active users cannot be negative (it is -1).",
                "Licensed seats cannot be negative (it is -2).",
                "Logins cannot be negative (it is -3).",
                "Features adopted cannot be negative (it is -4).",
                "Features available cannot be negative (it is -5).",
            }, UsageSnapshotValidator.Problems(March1, March31, -1, -2, -3, -4, -5));
        }

        [Fact]
        public void More_active_users_than_licensed_seats_is_a_problem()
        {
            Assert.Equal(new[] { "Active users (51) cannot be more than licensed seats (50)." }, UsageSnapshotValidator.Problems(March1, March31, 51, 50, 900, 7, 10));
        }

        [Fact]
        public void A_period_that_ends_before_it_starts_is_a_problem()
        {
            Assert.Equal(new[] { "The period ends (1 Mar 2025) before it starts (31 Mar 2025): check the start and end dates." },
                UsageSnapshotValidator.Problems(March31, March1, 40, 50, 900, 7, 10));
        }

        [Fact]
        public void More_features_adopted_than_available_is_a_problem()
        {
            Assert.Equal(new[] { "Features adopted (11) cannot be more than features available (10)." }, UsageSnapshotValidator.Problems(March1, March31, 40, 50, 900, 11, 10));
        }

        [Fact]
        public void Values_not_given_are_not_checked()
        {
            Assert.Empty(UsageSnapshotValidator.Problems(null, March1, 60, null, null, 11, null));
        }
    }
}
