using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class RelationshipComponentTests
    {
        private static ComponentScore? RelationshipOf(CustomerTier? tier, int? qbrDaysAgo)
        {
            var inputs = Bare(tier);
            inputs.LastQbrOn = qbrDaysAgo.HasValue ? DaysAgo(qbrDaysAgo.Value) : null;
            return HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Component(HealthComponent.Relationship);
        }

        [Fact]
        public void Relationship_High_touch_with_a_QBR_100_days_ago_scores_100()
        {
            var relationship = RelationshipOf(CustomerTier.HighTouch, 100)!;
            Assert.Equal(100, relationship.Score);
            Assert.Equal("Relationship 100: last QBR 100 days ago", relationship.Explanation);
        }

        [Fact]
        public void Relationship_High_touch_with_a_QBR_101_days_ago_scores_40()
        {
            var relationship = RelationshipOf(CustomerTier.HighTouch, 101)!;
            Assert.Equal(40, relationship.Score);
            Assert.Equal("Relationship 40: last QBR 101 days ago, none in the last 100 days", relationship.Explanation);
        }

        [Fact]
        public void Relationship_High_touch_without_any_QBR_scores_40()
        {
            Assert.Equal("Relationship 40: no QBR yet", RelationshipOf(CustomerTier.HighTouch, null)!.Explanation);
        }

        [Fact]
        public void Relationship_applies_to_High_touch_only()
        {
            Assert.Null(RelationshipOf(CustomerTier.MidTouch, 10));
            Assert.Null(RelationshipOf(CustomerTier.TechTouch, 10));
            Assert.Null(RelationshipOf(null, 10));
        }
    }
}
