using System;
using CsExtension.Rules.Health;
using Xunit;

namespace CsExtension.Rules.Tests.Health
{
    public class HealthOverrideValidatorTests
    {
        private static readonly DateTime Today = new DateTime(2025, 6, 30);

        [Fact]
        public void A_score_with_a_reason_and_an_end_date_from_today_on_is_fine()
        {
            Assert.Empty(HealthOverrideValidator.Problems(80, "Exec sponsor confirmed renewal", Today, Today.AddHours(17)));
            Assert.Empty(HealthOverrideValidator.Problems(0, "Churn notice", Today.AddDays(30), Today));
            Assert.Empty(HealthOverrideValidator.Problems(100, "Reference customer", Today.AddDays(1), Today));
        }

        [Fact]
        public void No_override_at_all_is_fine()
        {
            Assert.Empty(HealthOverrideValidator.Problems(null, null, null, Today));
            Assert.Empty(HealthOverrideValidator.Problems(null, "  ", null, Today));
        }

        [Fact]
        public void A_score_outside_0_to_100_is_a_problem()
        {
            Assert.Equal(new[] { "The override score must be between 0 and 100 (it is 101)." }, HealthOverrideValidator.Problems(101, "Why", Today, Today));
            Assert.Equal(new[] { "The override score must be between 0 and 100 (it is -1)." }, HealthOverrideValidator.Problems(-1, "Why", Today, Today));
        }

        [Fact]
        public void A_score_without_a_reason_or_end_date_is_a_problem_for_each()
        {
            Assert.Equal(new[]
            {
                "Give a reason for the override score, so others know why it replaces the calculated one.",
                "Give the date until which the override score applies; after it the calculated score is used again.",
            }, HealthOverrideValidator.Problems(50, " ", null, Today));
        }

        [Fact]
        public void An_end_date_in_the_past_is_a_problem()
        {
            Assert.Equal(new[] { "The override's end date (29 Jun 2025) is in the past: choose today or a later date." },
                HealthOverrideValidator.Problems(50, "Why", Today.AddDays(-1), Today.AddHours(9)));
        }

        [Fact]
        public void A_reason_or_end_date_without_a_score_is_a_problem()
        {
            var expected = new[] { "An override needs a score from 0 to 100: enter one, or clear the override reason and date." };
            Assert.Equal(expected, HealthOverrideValidator.Problems(null, "Why", null, Today));
            Assert.Equal(expected, HealthOverrideValidator.Problems(null, null, Today, Today));
        }
    }
}
