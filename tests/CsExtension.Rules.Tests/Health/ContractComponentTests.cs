using CsExtension.Rules.Health;
using Xunit;
using static CsExtension.Rules.Tests.Health.Account;

namespace CsExtension.Rules.Tests.Health
{
    public class ContractComponentTests
    {
        private static ComponentScore ContractOf(int active, int onHold, int? endsInDays, bool renewalOpportunity = false, bool contraction = false)
        {
            var inputs = Bare();
            inputs.Contract = new ContractSummary(active, onHold, endsInDays.HasValue ? DaysAhead(endsInDays.Value) : null, renewalOpportunity, contraction);
            return Score(inputs, HealthComponent.Contract);
        }

        [Fact]
        public void Contract_active_and_far_from_renewal_scores_100()
        {
            var contract = ContractOf(1, 0, 200);
            Assert.Equal(100, contract.Score);
            Assert.Equal("Contract 100: active", contract.Explanation);
        }

        [Fact]
        public void Contract_only_on_hold_scores_20()
        {
            Assert.Equal(20, ContractOf(0, 1, null).Score);
            Assert.Equal("Contract 20: on hold", ContractOf(0, 1, null).Explanation);
        }

        [Fact]
        public void Contract_ending_in_45_days_without_a_renewal_opportunity_loses_30()
        {
            var contract = ContractOf(1, 0, 45);
            Assert.Equal(70, contract.Score);
            Assert.Equal("Contract 70: active, ends in 45 days with no open renewal opportunity", contract.Explanation);
        }

        [Fact]
        public void Contract_renewal_window_is_60_days_inclusive()
        {
            Assert.Equal(70, ContractOf(1, 0, 60).Score);
            Assert.Equal(100, ContractOf(1, 0, 61).Score);
        }

        [Fact]
        public void Contract_already_past_its_end_date_without_a_renewal_opportunity_loses_30()
        {
            Assert.Equal("Contract 70: active, ended 3 days ago with no open renewal opportunity", ContractOf(1, 0, -3).Explanation);
        }

        [Fact]
        public void Contract_ending_soon_with_an_open_renewal_opportunity_keeps_100()
        {
            var contract = ContractOf(1, 0, 45, renewalOpportunity: true);
            Assert.Equal(100, contract.Score);
            Assert.Equal("Contract 100: active, ends in 45 days (renewal opportunity open)", contract.Explanation);
        }

        [Fact]
        public void Contract_whose_last_ARR_movement_was_a_contraction_loses_20()
        {
            var contract = ContractOf(1, 0, null, contraction: true);
            Assert.Equal(80, contract.Score);
            Assert.Equal("Contract 80: active, last ARR movement a contraction", contract.Explanation);
        }

        [Fact]
        public void Contract_penalties_add_up_but_never_go_below_0()
        {
            Assert.Equal(50, ContractOf(1, 0, 10, contraction: true).Score);
            Assert.Equal(0, ContractOf(0, 1, 10, contraction: true).Score);
        }

        [Fact]
        public void Contract_unknown_has_no_data()
        {
            Assert.Null(HealthScoreCalculator.Assess(Bare(), HealthSettings.Default).Component(HealthComponent.Contract));
            var inputs = Bare();
            inputs.Contract = new ContractSummary(0, 0, null, false, false);
            Assert.Null(HealthScoreCalculator.Assess(inputs, HealthSettings.Default).Component(HealthComponent.Contract));
        }
    }
}
