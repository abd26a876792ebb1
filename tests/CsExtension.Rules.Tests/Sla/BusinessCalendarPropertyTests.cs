using System;
using CsCheck;
using Xunit;
using static CsExtension.Rules.Tests.Sla.BusinessCalendarGen;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>The fast calendar against the minute-by-minute reference, and the laws adding and measuring must obey,
    /// on generated calendars in Tokyo, Pacific and London time around the 2026 clock changes.</summary>
    public class BusinessCalendarPropertyTests
    {
        private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

        [Fact]
        public void Adding_business_minutes_gives_what_walking_minute_by_minute_gives()
        {
            Gen.Select(Calendar, Offset, Target).Sample((c, offset, raw) =>
            {
                var start = c.Near(offset);
                var minutes = c.Minutes(raw);
                var added = c.Calendar.AddBusinessMinutes(start, minutes);
                Assert.Equal(c.Reference.AddBusinessMinutes(start, minutes), added);
                Assert.Equal(DateTimeKind.Utc, added.Kind);
            }, iter: Iterations);
        }

        [Fact]
        public void Measuring_business_minutes_gives_what_walking_minute_by_minute_gives()
        {
            Gen.Select(Calendar, Offset, Gen.Int[-60, 4 * 1440]).Sample((c, offset, length) =>
            {
                var from = c.Near(offset);
                Assert.Equal(c.Reference.BusinessMinutesBetween(from, from.AddMinutes(length)), c.Calendar.BusinessMinutesBetween(from, from.AddMinutes(length)));
            }, iter: Iterations);
        }

        [Fact]
        public void Working_moments_and_the_next_working_moment_are_those_of_the_reference()
        {
            Gen.Select(Calendar, Offset).Sample((c, offset) =>
            {
                var moment = c.Near(offset);
                Assert.Equal(c.Reference.IsWorkingMinute(moment), c.Calendar.IsWorkingMoment(moment));
                Assert.Equal(c.Reference.NextWorkingMoment(moment), c.Calendar.NextWorkingMoment(moment));
            }, iter: Iterations);
        }

        [Fact]
        public void Measuring_what_was_added_gives_it_back_even_from_a_start_between_whole_minutes()
        {
            Gen.Select(Calendar, Offset, Target, Gen.Long[0, TimeSpan.TicksPerMinute - 1]).Sample((c, offset, raw, ticks) =>
            {
                var start = c.Near(offset).AddTicks(ticks);
                var minutes = c.Minutes(raw);
                Assert.Equal(minutes, c.Calendar.BusinessMinutesBetween(start, c.Calendar.AddBusinessMinutes(start, minutes)));
            }, iter: Iterations);
        }

        [Fact]
        public void Added_time_ends_at_the_end_of_a_working_minute_never_inside_non_working_time()
        {
            Gen.Select(Calendar, Offset, Target).Sample((c, offset, raw) =>
            {
                var minutes = c.Minutes(raw);
                var added = c.Calendar.AddBusinessMinutes(c.Near(offset), minutes);
                if (minutes == 0)
                {
                    Assert.True(c.Reference.IsWorkingMinute(added));
                }
                else
                {
                    Assert.True(c.Reference.IsWorkingMinute(added - Minute));
                    Assert.True(c.Calendar.IsWorkingMoment(added - Minute));
                }
            }, iter: Iterations);
        }

        [Fact]
        public void Adding_more_minutes_or_from_a_later_start_never_gives_an_earlier_result()
        {
            Gen.Select(Calendar, Offset, Target, Gen.Int[0, 2000], Gen.Int[0, 3 * 1440]).Sample((c, offset, raw, more, later) =>
            {
                var start = c.Near(offset);
                var minutes = c.Minutes(raw);
                var added = c.Calendar.AddBusinessMinutes(start, minutes);
                Assert.True(c.Calendar.AddBusinessMinutes(start, minutes + more) >= added);
                Assert.True(c.Calendar.AddBusinessMinutes(start.AddMinutes(later), minutes) >= added);
            }, iter: Iterations);
        }

        [Fact]
        public void Adding_in_two_steps_is_adding_once_even_over_years()
        {
            Gen.Select(Calendar, Offset, Gen.Long[0, long.MaxValue], Gen.Long[0, long.MaxValue]).Sample((c, offset, rawFirst, rawSecond) =>
            {
                // Up to 2,000 working days each: over 38 years for a calendar that works one day a week.
                var first = 1 + rawFirst % (2000L * c.Calendar.WorkingMinutesPerDay);
                var second = 1 + rawSecond % (2000L * c.Calendar.WorkingMinutesPerDay);
                var start = c.Near(offset);
                var once = c.Calendar.AddBusinessMinutes(start, first + second);
                Assert.Equal(once, c.Calendar.AddBusinessMinutes(c.Calendar.AddBusinessMinutes(start, first), second));
                Assert.Equal(first + second, c.Calendar.BusinessMinutesBetween(start, once));
            }, iter: Iterations);
        }
    }
}
