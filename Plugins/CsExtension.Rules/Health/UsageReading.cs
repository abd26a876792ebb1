using System;

namespace CsExtension.Rules.Health
{
    /// <summary>One usage snapshot of an account, as the product reports it for a period.</summary>
    public sealed class UsageReading
    {
        public UsageReading(DateTime periodStart, DateTime periodEnd, int activeUsers, int licensedSeats, int logins, int featuresAdopted, int featuresAvailable)
        {
            PeriodStart = periodStart;
            PeriodEnd = periodEnd;
            ActiveUsers = activeUsers;
            LicensedSeats = licensedSeats;
            Logins = logins;
            FeaturesAdopted = featuresAdopted;
            FeaturesAvailable = featuresAvailable;
        }

        public DateTime PeriodStart { get; }
        public DateTime PeriodEnd { get; }
        public int ActiveUsers { get; }
        public int LicensedSeats { get; }
        public int Logins { get; }
        public int FeaturesAdopted { get; }
        public int FeaturesAvailable { get; }
    }
}
