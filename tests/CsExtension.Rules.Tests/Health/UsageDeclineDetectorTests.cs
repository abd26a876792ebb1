using System;
using System.Linq;
using CsExtension.Rules.Health;
using Xunit;

namespace CsExtension.Rules.Tests.Health
{
    public class UsageDeclineDetectorTests
    {
        private static readonly DateTime LatestEnd = new DateTime(2025, 6, 30);

        /// <summary>Readings newest first from (active users, logins); monthly periods ending at <see cref="LatestEnd"/>.</summary>
        private static UsageReading[] Readings(params (int Active, int Logins)[] newestFirst) =>
            newestFirst.Select((r, i) => new UsageReading(LatestEnd.AddMonths(-i).AddDays(-29), LatestEnd.AddMonths(-i), r.Active, 200, r.Logins, 0, 0)).ToArray();

        private static UsageReading Period(int days, int logins) =>
            new UsageReading(LatestEnd.AddDays(-days + 1), LatestEnd, 0, 20, logins, 0, 0);

        [Fact]
        public void Active_users_down_38_percent_and_logins_down_45_percent_raise_one_usage_decline_alert_with_the_figures()
        {
            // Means of the previous three: active (90+100+110)/3 = 100, logins (700+745+790)/3 = 745.
            // The previous reading (90, 700) against (100, 110, 100) and (745, 790, 745) was down only 13 % and 8 %.
            var alerts = UsageDeclineDetector.NewAlerts(Readings((62, 410), (90, 700), (100, 745), (110, 790), (100, 745)), HealthSettings.Default);
            var alert = Assert.Single(alerts);
            Assert.Equal(UsageAlertKind.UsageDecline, alert.Kind);
            Assert.Equal("Usage decline: active users down 38 %, logins down 45 %", alert.Title);
            Assert.Equal("Active users 62, down 38 % against 100 (mean of the previous 3 snapshots); logins 410, down 45 % against 745.", alert.Description);
        }

        [Fact]
        public void Active_users_down_exactly_30_percent_alert_and_29_percent_do_not()
        {
            Assert.Single(UsageDeclineDetector.NewAlerts(Readings((70, 100), (100, 100), (100, 100), (100, 100)), HealthSettings.Default));
            Assert.Empty(UsageDeclineDetector.NewAlerts(Readings((71, 100), (100, 100), (100, 100), (100, 100)), HealthSettings.Default));
        }

        [Fact]
        public void Logins_down_exactly_40_percent_alert_and_39_9_percent_do_not()
        {
            var alert = Assert.Single(UsageDeclineDetector.NewAlerts(Readings((100, 600), (100, 1000), (100, 1000), (100, 1000)), HealthSettings.Default));
            Assert.Equal("Usage decline: logins down 40 %", alert.Title);
            Assert.Equal("Active users 100, unchanged against 100 (mean of the previous 3 snapshots); logins 600, down 40 % against 1000.", alert.Description);
            Assert.Empty(UsageDeclineDetector.NewAlerts(Readings((100, 601), (100, 1000), (100, 1000), (100, 1000)), HealthSettings.Default));
        }

        [Fact]
        public void A_decline_that_continues_on_the_next_snapshot_does_not_alert_again()
        {
            // Latest 40 against (50+100+100)/3 = 83.3 is down 52 %, but the previous 50 against 100 was already down 50 %.
            Assert.Empty(UsageDeclineDetector.NewAlerts(Readings((40, 100), (50, 100), (100, 100), (100, 100), (100, 100)), HealthSettings.Default));
        }

        [Fact]
        public void A_decline_that_cleared_and_recurs_alerts_again()
        {
            // Latest 60 against (100+60+100)/3 = 86.7 is down 31 %; the previous 100 against (60+100+100)/3 was up.
            var alert = Assert.Single(UsageDeclineDetector.NewAlerts(Readings((60, 100), (100, 100), (60, 100), (100, 100), (100, 100)), HealthSettings.Default));
            Assert.Equal("Usage decline: active users down 31 %", alert.Title);
            Assert.Equal("Active users 60, down 31 % against 86.7 (mean of the previous 3 snapshots); logins 100, unchanged against 100.", alert.Description);
        }

        [Fact]
        public void With_one_earlier_snapshot_the_comparison_is_with_it()
        {
            var alert = Assert.Single(UsageDeclineDetector.NewAlerts(Readings((50, 100), (100, 90)), HealthSettings.Default));
            Assert.Equal("Active users 50, down 50 % against 100 (the previous snapshot); logins 100, up 11 % against 90.", alert.Description);
        }

        [Fact]
        public void The_first_snapshot_or_one_after_no_usage_never_alerts_a_decline()
        {
            Assert.Empty(UsageDeclineDetector.NewAlerts(Readings((10, 10)), HealthSettings.Default));
            Assert.Empty(UsageDeclineDetector.NewAlerts(Readings((0, 5), (0, 0), (0, 0), (0, 0)), HealthSettings.Default));
            Assert.Empty(UsageDeclineDetector.NewAlerts(Array.Empty<UsageReading>(), HealthSettings.Default));
        }

        [Fact]
        public void No_login_over_14_days_alerts_and_over_13_days_does_not()
        {
            var alert = Assert.Single(UsageDeclineDetector.NewAlerts(new[] { Period(14, 0) }, HealthSettings.Default));
            Assert.Equal(UsageAlertKind.NoLogin, alert.Kind);
            Assert.Equal("No login for 14 days", alert.Title);
            Assert.Equal("No login from 17 Jun 2025 to 30 Jun 2025 (14 days); 0 active users of 20 licensed seats.", alert.Description);
            Assert.Empty(UsageDeclineDetector.NewAlerts(new[] { Period(13, 0) }, HealthSettings.Default));
            Assert.Empty(UsageDeclineDetector.NewAlerts(new[] { Period(30, 1) }, HealthSettings.Default));
        }

        [Fact]
        public void No_login_on_two_snapshots_in_a_row_alerts_only_the_first_time()
        {
            Assert.Empty(UsageDeclineDetector.NewAlerts(new[] { Period(30, 0), Period(30, 0) }, HealthSettings.Default));
            // After a snapshot with logins it is a new episode (and logins down 100 % is a usage decline too).
            Assert.Contains(UsageDeclineDetector.NewAlerts(new[] { Period(30, 0), Period(30, 5) }, HealthSettings.Default), a => a.Kind == UsageAlertKind.NoLogin);
        }

        [Fact]
        public void Logins_falling_to_zero_raise_both_alerts()
        {
            var alerts = UsageDeclineDetector.NewAlerts(Readings((100, 0), (100, 500), (100, 500), (100, 500)), HealthSettings.Default);
            Assert.Equal(new[] { UsageAlertKind.UsageDecline, UsageAlertKind.NoLogin }, alerts.Select(a => a.Kind));
        }
    }
}
