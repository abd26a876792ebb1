using System;
using CsExtension.Cli.Demo;
using Xunit;

namespace CsExtension.Cli.Tests;

public sealed class DemoOptionsTests
{
    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Served_data_ends_where_the_current_month_begins()
    {
        var start = DemoOptions.StartEndingBefore(Utc(2026, 12, 4), months: 6);

        // Warm-up May, reported June to November: the simulation stops on 1 December.
        Assert.Equal(Utc(2026, 5, 1), start);
        Assert.Equal(Utc(2026, 12, 1), start.AddMonths(6 + 1));
    }

    [Fact]
    public void Served_data_never_starts_before_the_demos_own_first_month_nor_outruns_the_holiday_table()
    {
        Assert.Equal(DemoOptions.DefaultStart, DemoOptions.StartEndingBefore(Utc(2026, 2, 10), months: 6));
        // The holiday table ends in March 2028 and SLA calendars look three months past the last month.
        Assert.Equal(Utc(2027, 6, 1), DemoOptions.StartEndingBefore(Utc(2029, 6, 1), months: 6));
    }

    [Fact]
    public void The_demo_starts_on_1_December_2025_unless_told_otherwise()
    {
        Assert.Equal(Utc(2025, 12, 1), new DemoOptions(10, 1, 1, "Solution").WarmUpStart);
        Assert.Equal(Utc(2026, 5, 1), new DemoOptions(10, 1, 1, "Solution", Utc(2026, 5, 1)).WarmUpStart);
    }
}
