using CsExtension.Rules.Kpis;
using Xunit;

namespace CsExtension.Rules.Tests.Kpis
{
    public class KpiCalculatorTests
    {
        [Fact]
        public void The_worked_example_gives_GRR_92_and_NRR_107()
        {
            // (1,000,000 − 30,000 − 50,000) ÷ 1,000,000 = 92 %; 92 % + 150,000 ÷ 1,000,000 = 107 %.
            var rates = KpiCalculator.Calculate(new KpiFigures { ArrAtStart = 1_000_000m, ChurnArr = 50_000m, ContractionArr = 30_000m, ExpansionArr = 150_000m });
            Assert.Equal(92m, rates.GrossRevenueRetention);
            Assert.Equal(107m, rates.NetRevenueRetention);
        }

        [Fact]
        public void Every_rate_is_its_numerator_over_its_denominator_as_a_percentage()
        {
            var rates = KpiCalculator.Calculate(new KpiFigures
            {
                AccountsActiveAtStart = 40, AccountsChurned = 2, AccountsWithUpsell = 3, MeetingsCompleted = 50,
                OnboardingsDue = 8, OnboardingsOnTime = 6,
                HighTouchAccounts = 10, HighTouchAccountsWithQbr = 7,
                AccountsAtRiskAtStart = 3, AccountsImproved = 1,
                RequestsResolved = 9, RequestsMet = 8,
            });
            Assert.Equal(5m, rates.LogoChurnRate);
            Assert.Equal(7.5m, rates.UpsellRate);
            Assert.Equal(1.25m, rates.MeetingsPerAccount);
            Assert.Equal(75m, rates.OnboardingCompletionRate);
            Assert.Equal(70m, rates.QbrExecutionRate);
            Assert.Equal(33.33m, rates.HealthImprovementRate);
            Assert.Equal(88.89m, rates.SlaAttainment);
        }

        [Fact]
        public void A_rate_with_an_empty_denominator_is_empty_never_0_nor_an_error()
        {
            var rates = KpiCalculator.Calculate(new KpiFigures());
            Assert.Null(rates.LogoChurnRate);
            Assert.Null(rates.GrossRevenueRetention);
            Assert.Null(rates.NetRevenueRetention);
            Assert.Null(rates.OnboardingCompletionRate);
            Assert.Null(rates.QbrExecutionRate);
            Assert.Null(rates.HealthImprovementRate);
            Assert.Null(rates.UpsellRate);
            Assert.Null(rates.SlaAttainment);
            Assert.Null(rates.MeetingsPerAccount);
        }

        [Fact]
        public void A_period_with_no_High_touch_accounts_has_no_QBR_execution_rate_while_the_others_are_computed()
        {
            var rates = KpiCalculator.Calculate(new KpiFigures { AccountsActiveAtStart = 5, HighTouchAccounts = 0, HighTouchAccountsWithQbr = 0, ArrAtStart = 100m });
            Assert.Null(rates.QbrExecutionRate);
            Assert.Equal(0m, rates.LogoChurnRate);
            Assert.Equal(100m, rates.GrossRevenueRetention);
        }

        [Fact]
        public void No_ARR_at_start_means_no_GRR_and_no_NRR_even_with_expansion()
        {
            var rates = KpiCalculator.Calculate(new KpiFigures { ArrAtStart = 0m, ExpansionArr = 10_000m });
            Assert.Null(rates.GrossRevenueRetention);
            Assert.Null(rates.NetRevenueRetention);
        }

        [Fact]
        public void An_account_that_churns_and_comes_back_in_the_period_is_given_as_no_churn_so_retention_stays_whole()
        {
            // The plugin nets the return against the churn (KpiFigures): churn 0, not a lost logo.
            var rates = KpiCalculator.Calculate(new KpiFigures { ArrAtStart = 200m, ChurnArr = 0m, AccountsActiveAtStart = 2, AccountsChurned = 0 });
            Assert.Equal(100m, rates.GrossRevenueRetention);
            Assert.Equal(0m, rates.LogoChurnRate);
        }

        [Fact]
        public void A_ledger_netting_below_nothing_counts_as_nothing()
        {
            var rates = KpiCalculator.Calculate(new KpiFigures { ArrAtStart = 1000m, ChurnArr = -100m, ContractionArr = 0m, ExpansionArr = -5m });
            Assert.Equal(100m, rates.GrossRevenueRetention);
            Assert.Equal(100m, rates.NetRevenueRetention);
            Assert.Null(KpiCalculator.Calculate(new KpiFigures { ArrAtStart = -1m }).GrossRevenueRetention);
        }

        [Fact]
        public void Losing_everything_gives_GRR_0_and_NRR_counts_only_expansion()
        {
            var rates = KpiCalculator.Calculate(new KpiFigures { ArrAtStart = 1000m, ChurnArr = 1000m, ExpansionArr = 250m });
            Assert.Equal(0m, rates.GrossRevenueRetention);
            Assert.Equal(25m, rates.NetRevenueRetention);
        }
    }
}
