using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class SupportComponentTests
    {
        private static ComponentScore SupportOf(int critical, int high, int breached)
        {
            var inputs = Bare();
            inputs.Support = new SupportSummary(critical, high, breached);
            return Score(inputs, HealthComponent.Support);
        }

        [Fact]
        public void Support_with_no_open_requests_scores_100()
        {
            var support = SupportOf(0, 0, 0);
            Assert.Equal(100, support.Score);
            Assert.Equal("Support 100: no open Critical or High requests and no breached SLA", support.Explanation);
        }

        [Fact]
        public void Support_with_one_Critical_one_High_and_one_breached_SLA_scores_50()
        {
            // 100 − 25 − 10 − 15 = 50.
            var support = SupportOf(1, 1, 1);
            Assert.Equal(50, support.Score);
            Assert.Equal("Support 50: 1 open Critical request, 1 open High request, 1 breached SLA", support.Explanation);
        }

        [Fact]
        public void Support_with_two_open_Critical_requests_and_one_breached_SLA_scores_35()
        {
            var support = SupportOf(2, 0, 1);
            Assert.Equal(35, support.Score);
            Assert.Equal("Support 35: 2 open Critical requests, 1 breached SLA", support.Explanation);
        }

        [Fact]
        public void Support_never_goes_below_0()
        {
            Assert.Equal(0, SupportOf(5, 3, 2).Score);
            Assert.Equal(0, SupportOf(int.MaxValue, 0, 0).Score);
        }
    }
}
