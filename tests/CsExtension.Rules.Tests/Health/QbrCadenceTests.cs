using System;
using CsExtension.Rules.Health;
using Xunit;

namespace CsExtension.Rules.Tests.Health
{
    public class QbrCadenceTests
    {
        private static readonly QbrSchedule None = new QbrSchedule(null, null);
        private static readonly DateTime March10Afternoon = new DateTime(2025, 3, 10, 15, 0, 0);

        [Fact]
        public void A_completed_QBR_for_High_touch_is_next_due_90_days_later()
        {
            var schedule = QbrCadence.QbrCompleted(None, CustomerTier.HighTouch, March10Afternoon, HealthSettings.Default);
            Assert.Equal(new QbrSchedule(new DateTime(2025, 3, 10), new DateTime(2025, 6, 8)), schedule);
        }

        [Fact]
        public void A_completed_QBR_for_Mid_touch_or_no_tier_is_next_due_180_days_later()
        {
            Assert.Equal(new DateTime(2025, 9, 6), QbrCadence.QbrCompleted(None, CustomerTier.MidTouch, March10Afternoon, HealthSettings.Default).NextQbrDueOn);
            Assert.Equal(new DateTime(2025, 9, 6), QbrCadence.QbrCompleted(None, null, March10Afternoon, HealthSettings.Default).NextQbrDueOn);
        }

        [Fact]
        public void A_completed_QBR_for_Tech_touch_records_the_day_but_sets_no_next_one()
        {
            Assert.Equal(new QbrSchedule(new DateTime(2025, 3, 10), null), QbrCadence.QbrCompleted(None, CustomerTier.TechTouch, March10Afternoon, HealthSettings.Default));
        }

        [Fact]
        public void An_older_QBR_completed_later_does_not_move_the_dates_back()
        {
            var current = QbrCadence.QbrCompleted(None, CustomerTier.HighTouch, March10Afternoon, HealthSettings.Default);
            Assert.Same(current, QbrCadence.QbrCompleted(current, CustomerTier.HighTouch, new DateTime(2025, 2, 1), HealthSettings.Default));
            Assert.Same(current, QbrCadence.QbrCompleted(current, CustomerTier.HighTouch, new DateTime(2025, 3, 10, 9, 0, 0), HealthSettings.Default));
            var later = QbrCadence.QbrCompleted(current, CustomerTier.HighTouch, new DateTime(2025, 6, 1), HealthSettings.Default);
            Assert.Equal(new QbrSchedule(new DateTime(2025, 6, 1), new DateTime(2025, 8, 30)), later);
        }

        [Fact]
        public void A_QBR_is_overdue_from_the_day_after_it_was_due()
        {
            var due = new DateTime(2025, 6, 8);
            Assert.False(QbrCadence.IsOverdue(CustomerTier.HighTouch, due, new DateTime(2025, 6, 8, 23, 0, 0)));
            Assert.True(QbrCadence.IsOverdue(CustomerTier.HighTouch, due, new DateTime(2025, 6, 9)));
            Assert.True(QbrCadence.IsOverdue(CustomerTier.MidTouch, due, new DateTime(2025, 6, 9)));
        }

        [Fact]
        public void A_QBR_is_never_overdue_for_Tech_touch_or_without_a_due_date()
        {
            Assert.False(QbrCadence.IsOverdue(CustomerTier.TechTouch, new DateTime(2025, 1, 1), new DateTime(2025, 6, 9)));
            Assert.False(QbrCadence.IsOverdue(CustomerTier.HighTouch, null, new DateTime(2025, 6, 9)));
        }
    }
}
