using CsExtension.Rules.Sla;
using Xunit;
using static CsExtension.Rules.Tests.Sla.SlaClockCalendar;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>The stored SLA state: value equality (so a plugin writes only changes) and the one-column notice marker.</summary>
    public class SlaClockStateTests
    {
        private static SlaState WithNotices(string? notices) =>
            new SlaState(SlaStatus.Breached, At(6, 2, 9), null, At(6, 2, 13), At(6, 4, 13), null, null, 0, 0, notices);

        [Fact]
        public void Notices_read_from_the_column_are_trimmed_and_deduplicated_in_the_order_sent()
        {
            var state = WithNotices(" NearingBreach;;Breached ;NearingBreach");

            Assert.Equal("NearingBreach;Breached", state.Notices);
            Assert.True(state.HasSent(SlaNotice.NearingBreach));
            Assert.True(state.HasSent(SlaNotice.Breached));
            Assert.Equal("", WithNotices(null).Notices);
            Assert.False(WithNotices(" ").HasSent(SlaNotice.Breached));
        }

        [Fact]
        public void States_with_the_same_values_are_equal_whatever_the_order_of_their_notices()
        {
            Assert.Equal(WithNotices("NearingBreach;Breached"), WithNotices("Breached;NearingBreach"));
            Assert.Equal(WithNotices("NearingBreach;Breached").GetHashCode(), WithNotices("Breached;NearingBreach").GetHashCode());
            Assert.Equal(WithNotices(null), WithNotices(""));
            Assert.NotEqual(WithNotices("Breached"), WithNotices("NearingBreach;Breached"));
            Assert.True(WithNotices("Breached") == WithNotices("Breached"));
            Assert.True(WithNotices("Breached") != WithNotices(null));
        }

        [Fact]
        public void A_notice_name_this_version_does_not_know_is_kept_when_another_is_recorded()
        {
            var state = SlaClock.NoticeSent(WithNotices("Escalated"), SlaNotice.Breached);

            Assert.Equal("Escalated;Breached", state.Notices);
        }

        [Fact]
        public void Any_changed_value_makes_a_different_state()
        {
            var state = EscalatedMondayMorning();

            Assert.NotEqual(state, SlaClock.RecordFirstResponse(state, At(6, 2, 10)));
            Assert.NotEqual(state, SlaClock.Pause(state, At(6, 2, 10)));
            Assert.NotEqual(state, SlaClock.ChangePriority(state, Calendar, Medium));
            Assert.NotEqual(state, SlaClock.NoticeSent(state, SlaNotice.NearingBreach));
            Assert.NotEqual(state, SlaClock.Resolve(state, At(6, 2, 10)));
        }
    }
}
