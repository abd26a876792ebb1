using System;

namespace CsExtension.Rules.Kpis
{
    /// <summary>DESIGN §5, from plain figures to rates (see <see cref="KpiFigures"/> for how each figure, and each edge
    /// case, is counted):
    /// <list type="bullet">
    /// <item>logo churn rate = accounts churned ÷ accounts active at start;</item>
    /// <item>GRR = (ARR at start − contraction − churn) ÷ ARR at start; NRR = GRR + expansion ÷ ARR at start;</item>
    /// <item>onboarding completion rate = onboardings due in the period completed by their due date ÷ onboardings due;</item>
    /// <item>QBR execution rate = High-touch accounts with a completed QBR in the period ÷ High-touch accounts;</item>
    /// <item>health improvement rate = accounts At risk/Critical at start that are Neutral or better at end ÷ those at start;</item>
    /// <item>upsell rate = accounts with a won signal opportunity in the period ÷ accounts active at start;</item>
    /// <item>SLA attainment = escalated requests resolved Met ÷ escalated requests resolved in the period;</item>
    /// <item>meetings per account = completed meetings in the period ÷ accounts active at start.</item>
    /// </list>
    /// A rate whose denominator is zero is null. Negative amounts (a ledger that nets to less than nothing) count as 0.</summary>
    public static class KpiCalculator
    {
        public static KpiRates Calculate(KpiFigures figures)
        {
            if (figures == null) throw new ArgumentNullException(nameof(figures));

            var arrAtStart = Math.Max(0m, figures.ArrAtStart);
            var lost = Math.Max(0m, figures.ContractionArr) + Math.Max(0m, figures.ChurnArr);
            var grr = arrAtStart > 0m ? (arrAtStart - lost) / arrAtStart : (decimal?)null;
            var nrr = grr.HasValue ? grr.Value + Math.Max(0m, figures.ExpansionArr) / arrAtStart : (decimal?)null;

            return new KpiRates
            {
                LogoChurnRate = Percent(figures.AccountsChurned, figures.AccountsActiveAtStart),
                GrossRevenueRetention = grr.HasValue ? Round(grr.Value * 100m) : (decimal?)null,
                NetRevenueRetention = nrr.HasValue ? Round(nrr.Value * 100m) : (decimal?)null,
                OnboardingCompletionRate = Percent(figures.OnboardingsOnTime, figures.OnboardingsDue),
                QbrExecutionRate = Percent(figures.HighTouchAccountsWithQbr, figures.HighTouchAccounts),
                HealthImprovementRate = Percent(figures.AccountsImproved, figures.AccountsAtRiskAtStart),
                UpsellRate = Percent(figures.AccountsWithUpsell, figures.AccountsActiveAtStart),
                SlaAttainment = Percent(figures.RequestsMet, figures.RequestsResolved),
                MeetingsPerAccount = Ratio(figures.MeetingsCompleted, figures.AccountsActiveAtStart),
            };
        }

        /// <summary>numerator ÷ denominator as a percentage with two decimals; null when the denominator is not positive.</summary>
        public static decimal? Percent(decimal numerator, decimal denominator) =>
            denominator > 0m ? Round(Math.Max(0m, numerator) * 100m / denominator) : (decimal?)null;

        /// <summary>numerator ÷ denominator with two decimals; null when the denominator is not positive.</summary>
        public static decimal? Ratio(decimal numerator, decimal denominator) =>
            denominator > 0m ? Round(Math.Max(0m, numerator) / denominator) : (decimal?)null;

        private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
