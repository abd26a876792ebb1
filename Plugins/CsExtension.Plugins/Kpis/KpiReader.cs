using System;
using System.Globalization;
using System.Linq;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Kpis;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Kpis
{
    /// <summary>Reads the figures behind the KPIs of [first day, last day] with FetchXML aggregates only: at most 15 queries
    /// whatever the number of accounts, ledger rows, activities or requests, each returning a handful of rows.
    /// <para>Ledger (csx_arrmovement): a <i>gain</i> is a movement taking the account's ARR from zero (ARR before empty or
    /// 0) to above zero, a <i>loss</i> one taking it from above zero to zero. Per account gains and losses alternate, so
    /// accounts active at start = gains before start − losses before start (two counts, exact whatever the number of
    /// contracts per account and independent of the type names), and ARR at start = the sum of every signed amount
    /// before start. Movements of a cancelled contract dated before its start (a contract cancelled before it started)
    /// are left out of every ledger figure.</para>
    /// <para>Accounts churned = accounts with a loss in the period and no gain in the period (so active at start — their
    /// first movement in the period is a loss — and not back at the end). Churned ARR = −Σ Churn amounts in the period
    /// − Σ gain amounts in the period of accounts that also had a loss in it: the return of an account that churned and
    /// came back, or the start of one that started and churned within the period, offsets that churn.</para></summary>
    public static class KpiReader
    {
        private const string DateFormat = "yyyy-MM-dd";
        private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        public static KpiFigures Read(IOrganizationService service, DateTime firstDay, DateTime lastDay)
        {
            var start = firstDay.Date;
            var end = lastDay.Date.AddDays(1); // exclusive
            var figures = new KpiFigures();

            // Ledger before the period: ARR at start, and gains − losses = accounts active at start.
            figures.ArrAtStart = Money(Single(service, Ledger("<attribute name='csx_amount' alias='v' aggregate='sum' />", Before(start))));
            var gainsBefore = Int(Single(service, Ledger(CountMovements, Before(start) + Gain)));
            var lossesBefore = Int(Single(service, Ledger(CountMovements, Before(start) + Loss)));
            figures.AccountsActiveAtStart = Math.Max(0, gainsBefore - lossesBefore);

            // Ledger within the period, summed by movement type.
            decimal churn = 0m;
            foreach (var group in service.RetrieveMultiple(Fetch(Ledger(
                "<attribute name='csx_amount' alias='v' aggregate='sum' /><attribute name='csx_movementtype' alias='t' groupby='true' />", Within(start, end)))).Entities)
            {
                var amount = Money(group);
                switch ((Aliased(group, "t") as OptionSetValue)?.Value)
                {
                    case Choices.ArrMovementType.Expansion: figures.ExpansionArr += amount; break;
                    case Choices.ArrMovementType.Contraction: figures.ContractionArr -= amount; break;
                    case Choices.ArrMovementType.Churn: churn -= amount; break;
                }
            }

            var returned = Money(Single(service, Ledger("<attribute name='csx_amount' alias='v' aggregate='sum' />",
                Within(start, end) + Gain + SameAccountMovement("any", Within(start, end) + Loss))));
            figures.ChurnArr = Math.Max(0m, churn - returned);
            figures.AccountsChurned = Int(Single(service, Ledger(
                "<attribute name='csx_accountid' alias='v' aggregate='countcolumn' distinct='true' />",
                Within(start, end) + Loss + SameAccountMovement("not any", Within(start, end) + Gain))));

            ReadOnboarding(service, start, end, figures);
            ReadQbrs(service, start, end, figures);
            ReadHealth(service, start, end.AddDays(-1), figures);

            figures.AccountsWithUpsell = Int(Single(service, string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='opportunity'>
    <attribute name='parentaccountid' alias='v' aggregate='countcolumn' distinct='true' />
    <filter>
      <condition attribute='statecode' operator='eq' value='{0}' />
      <condition attribute='csx_signaltype' operator='not-null' />
      <condition attribute='parentaccountid' operator='not-null' />
      <condition attribute='actualclosedate' operator='ge' value='{1}' />
      <condition attribute='actualclosedate' operator='lt' value='{2}' />
    </filter>
  </entity>
</fetch>", Choices.OpportunityState.Won, Instant(start), Instant(end))));

            figures.MeetingsCompleted = Meetings(service, "appointment", start, end) + Meetings(service, "phonecall", start, end);
            ReadSla(service, start, end, figures);
            return figures;
        }

        private const string CountMovements = "<attribute name='csx_arrmovementid' alias='v' aggregate='count' />";

        private const string Gain = @"
      <filter type='or'>
        <condition attribute='csx_arrbefore' operator='null' />
        <condition attribute='csx_arrbefore' operator='le' value='0' />
      </filter>
      <condition attribute='csx_arrafter' operator='gt' value='0' />";

        private const string Loss = @"
      <condition attribute='csx_arrbefore' operator='gt' value='0' />
      <filter type='or'>
        <condition attribute='csx_arrafter' operator='null' />
        <condition attribute='csx_arrafter' operator='le' value='0' />
      </filter>";

        private static string Before(DateTime start) =>
            string.Format(CultureInfo.InvariantCulture, "<condition attribute='csx_date' operator='lt' value='{0}' />", start.ToString(DateFormat, CultureInfo.InvariantCulture));

        private static string Within(DateTime start, DateTime end) =>
            string.Format(CultureInfo.InvariantCulture, "<condition attribute='csx_date' operator='ge' value='{0}' /><condition attribute='csx_date' operator='lt' value='{1}' />",
                start.ToString(DateFormat, CultureInfo.InvariantCulture), end.ToString(DateFormat, CultureInfo.InvariantCulture));

        /// <summary>A semi-join to another movement of the same account ("any" / "not any").</summary>
        private static string SameAccountMovement(string linkType, string conditions) =>
            "<filter><link-entity name='csx_arrmovement' from='csx_accountid' to='csx_accountid' link-type='" + linkType + "'><filter>" + conditions + "</filter></link-entity></filter>";

        /// <summary>An aggregate over valid ledger rows: a movement of a cancelled contract dated before the contract's
        /// start never was ARR.</summary>
        private static string Ledger(string attributes, string conditions) =>
            string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='csx_arrmovement'>
    {0}
    <link-entity name='contract' from='contractid' to='csx_contractid' link-type='outer' alias='k' />
    <filter>
      <condition attribute='csx_accountid' operator='not-null' />
      {1}
      <filter type='or'>
        <condition attribute='csx_contractid' operator='null' />
        <condition entityname='k' attribute='statecode' operator='ne' value='{2}' />
        <condition entityname='k' attribute='activeon' operator='null' />
        <condition attribute='csx_date' operator='ge' valueof='k.activeon' />
      </filter>
    </filter>
  </entity>
</fetch>", attributes, conditions, Choices.ContractState.Canceled);

        /// <summary>Onboardings due in the period, counted by status: completed on time = status Completed on time (the
        /// tracker sets it when completed on or before the due day).</summary>
        private static void ReadOnboarding(IOrganizationService service, DateTime start, DateTime end, KpiFigures figures)
        {
            var fetch = string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='account'>
    <attribute name='accountid' alias='v' aggregate='count' />
    <attribute name='csx_onboardingstatus' alias='s' groupby='true' />
    <filter>
      <condition attribute='csx_onboardingdueon' operator='ge' value='{0}' />
      <condition attribute='csx_onboardingdueon' operator='lt' value='{1}' />
    </filter>
  </entity>
</fetch>", Instant(start), Instant(end));
            foreach (var group in service.RetrieveMultiple(Fetch(fetch)).Entities)
            {
                var count = Int(group);
                figures.OnboardingsDue += count;
                if ((Aliased(group, "s") as OptionSetValue)?.Value == Choices.OnboardingStatus.CompletedOnTime)
                {
                    figures.OnboardingsOnTime += count;
                }
            }
        }

        /// <summary>High-touch accounts (active, tier as it is now: the tier keeps no history), and those with a QBR
        /// appointment or phone call completed in the period (semi-joins: an account with several QBRs counts once).</summary>
        private static void ReadQbrs(IOrganizationService service, DateTime start, DateTime end, KpiFigures figures)
        {
            const string HighTouch = @"<fetch aggregate='true'>
  <entity name='account'>
    <attribute name='accountid' alias='v' aggregate='count' />
    <filter>
      <condition attribute='statecode' operator='eq' value='0' />
      <condition attribute='csx_tier' operator='eq' value='{0}' />
      {1}
    </filter>
  </entity>
</fetch>";
            figures.HighTouchAccounts = Int(Single(service, string.Format(CultureInfo.InvariantCulture, HighTouch, Choices.Tier.HighTouch, string.Empty)));
            if (figures.HighTouchAccounts == 0)
            {
                return;
            }

            var qbr = "<filter type='or'>" + QbrLink("appointment", start, end) + QbrLink("phonecall", start, end) + "</filter>";
            figures.HighTouchAccountsWithQbr = Int(Single(service, string.Format(CultureInfo.InvariantCulture, HighTouch, Choices.Tier.HighTouch, qbr)));
        }

        private static string QbrLink(string table, DateTime start, DateTime end) =>
            string.Format(CultureInfo.InvariantCulture, @"<link-entity name='{0}' from='regardingobjectid' to='accountid' link-type='any'>
        <filter>
          <condition attribute='statecode' operator='eq' value='{1}' />
          <condition attribute='csx_meetingtype' operator='eq' value='{2}' />
          <condition attribute='actualend' operator='ge' value='{3}' />
          <condition attribute='actualend' operator='lt' value='{4}' />
        </filter>
      </link-entity>", table, Choices.ActivityState.Completed, Choices.MeetingType.Qbr, Instant(start), Instant(end));

        /// <summary>An account's band on a day is the band of its latest history row on or before that day (the history
        /// has a row only on days the score was recalculated). At risk at start = latest row on or before the first day
        /// is At risk or Critical; improved = also, its latest row on or before the last day is Neutral or Healthy.</summary>
        private static void ReadHealth(IOrganizationService service, DateTime firstDay, DateTime lastDay, KpiFigures figures)
        {
            var atStart = string.Format(CultureInfo.InvariantCulture, @"
      <condition attribute='csx_date' operator='on-or-before' value='{0}' />
      <condition attribute='csx_band' operator='in'><value>{1}</value><value>{2}</value></condition>
      <filter>
        <link-entity name='csx_healthscore' from='csx_accountid' to='csx_accountid' link-type='not any'>
          <filter>
            <condition attribute='csx_date' operator='on-or-before' value='{0}' />
            <condition attribute='csx_date' operator='gt' valueof='csx_healthscore.csx_date' />
          </filter>
        </link-entity>
      </filter>", firstDay.ToString(DateFormat, CultureInfo.InvariantCulture), Choices.HealthBand.AtRisk, Choices.HealthBand.Critical);
            figures.AccountsAtRiskAtStart = Int(Single(service, Health(atStart)));
            if (figures.AccountsAtRiskAtStart == 0)
            {
                return;
            }

            var improved = atStart + string.Format(CultureInfo.InvariantCulture, @"
      <filter>
        <link-entity name='csx_healthscore' from='csx_accountid' to='csx_accountid' link-type='any' alias='e'>
          <filter>
            <condition attribute='csx_date' operator='on-or-before' value='{0}' />
            <condition attribute='csx_band' operator='in'><value>{1}</value><value>{2}</value></condition>
            <filter>
              <link-entity name='csx_healthscore' from='csx_accountid' to='csx_accountid' link-type='not any'>
                <filter>
                  <condition attribute='csx_date' operator='on-or-before' value='{0}' />
                  <condition attribute='csx_date' operator='gt' valueof='e.csx_date' />
                </filter>
              </link-entity>
            </filter>
          </filter>
        </link-entity>
      </filter>", lastDay.ToString(DateFormat, CultureInfo.InvariantCulture), Choices.HealthBand.Healthy, Choices.HealthBand.Neutral);
            figures.AccountsImproved = Int(Single(service, Health(improved)));
        }

        private static string Health(string conditions) =>
            @"<fetch aggregate='true'>
  <entity name='csx_healthscore'>
    <attribute name='csx_accountid' alias='v' aggregate='countcolumn' distinct='true' />
    <filter>" + conditions + @"
    </filter>
  </entity>
</fetch>";

        private static int Meetings(IOrganizationService service, string table, DateTime start, DateTime end) =>
            Int(Single(service, string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='{0}'>
    <attribute name='activityid' alias='v' aggregate='count' />
    <filter>
      <condition attribute='statecode' operator='eq' value='{1}' />
      <condition attribute='actualend' operator='ge' value='{2}' />
      <condition attribute='actualend' operator='lt' value='{3}' />
    </filter>
    <link-entity name='account' from='accountid' to='regardingobjectid' link-type='inner' />
  </entity>
</fetch>", table, Choices.ActivityState.Completed, Instant(start), Instant(end))));

        /// <summary>Escalated requests resolved in the period with a final SLA status, counted by it.</summary>
        private static void ReadSla(IOrganizationService service, DateTime start, DateTime end, KpiFigures figures)
        {
            var fetch = string.Format(CultureInfo.InvariantCulture, @"<fetch aggregate='true'>
  <entity name='csx_customerrequest'>
    <attribute name='csx_customerrequestid' alias='v' aggregate='count' />
    <attribute name='csx_slastatus' alias='s' groupby='true' />
    <filter>
      <condition attribute='csx_escalatedon' operator='not-null' />
      <condition attribute='csx_resolvedon' operator='ge' value='{0}' />
      <condition attribute='csx_resolvedon' operator='lt' value='{1}' />
      <condition attribute='csx_slastatus' operator='in'><value>{2}</value><value>{3}</value></condition>
    </filter>
  </entity>
</fetch>", Instant(start), Instant(end), Choices.SlaStatus.Met, Choices.SlaStatus.Breached);
            foreach (var group in service.RetrieveMultiple(Fetch(fetch)).Entities)
            {
                var count = Int(group);
                figures.RequestsResolved += count;
                if ((Aliased(group, "s") as OptionSetValue)?.Value == Choices.SlaStatus.Met)
                {
                    figures.RequestsMet += count;
                }
            }
        }

        private static FetchExpression Fetch(string xml) => new FetchExpression(xml);

        private static Entity? Single(IOrganizationService service, string fetch) => service.RetrieveMultiple(Fetch(fetch)).Entities.FirstOrDefault();

        private static string Instant(DateTime day) => day.ToString(InstantFormat, CultureInfo.InvariantCulture);

        private static int Int(Entity? row)
        {
            var value = row == null ? null : Aliased(row, "v");
            return value == null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }

        private static decimal Money(Entity? row)
        {
            var value = row == null ? null : Aliased(row, "v");
            return value is Money money ? money.Value : value == null ? 0m : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }

        private static object? Aliased(Entity entity, string alias) =>
            entity.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased ? aliased.Value : null;
    }
}
