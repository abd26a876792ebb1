using System;
using System.Collections.Generic;
using CsCheck;
using CsExtension.Rules.Sla;
using Xunit;
using static CsExtension.Rules.Tests.Sla.SlaClockCalendar;

namespace CsExtension.Rules.Tests.Sla
{
    /// <summary>Properties of the SLA clock over random histories: escalation at any minute of three weeks (a holiday and weekends
    /// included), then pauses, resumes, first responses, priority changes and evaluations at increasing instants.</summary>
    public class SlaClockPropertyTests
    {
        private const int Iterations = 300;
        private static readonly DateTime Start = At(5, 19, 0);

        private static readonly Gen<SlaTargets> Targets =
            Gen.Select(Gen.Int[0, 1500], Gen.Int[0, 4000], Gen.Int[0, 100], Gen.Int[-1, 600])
                .Select(t => new SlaTargets(t.Item1, t.Item2, t.Item3, t.Item4 < 0 ? (int?)null : t.Item4));

        /// <summary>A step of a request's history: what happens (0 pause, 1 resume, 2 first response, 3 priority change, 4 evaluation)
        /// and how many minutes after the previous step.</summary>
        private static readonly Gen<(int Kind, int Gap)[]> Steps = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2000]).Array[0, 10];

        private static readonly Gen<(SlaTargets First, SlaTargets Other, int EscalatedAfter, (int Kind, int Gap)[] Steps)> Histories =
            Gen.Select(Targets, Targets, Gen.Int[0, 21 * 1440], Steps);

        /// <summary>Every state a history goes through, with the targets in force and the instant of the step.</summary>
        private static List<(SlaState State, SlaTargets Targets, DateTime Now)> Run(SlaTargets first, SlaTargets other, int escalatedAfter, (int Kind, int Gap)[] steps)
        {
            var now = Start.AddMinutes(escalatedAfter);
            var targets = first;
            var state = SlaClock.Escalate(SlaState.NotStarted, now, Calendar, targets);
            var states = new List<(SlaState, SlaTargets, DateTime)> { (state, targets, now) };
            foreach (var (kind, gap) in steps)
            {
                now = now.AddMinutes(gap);
                if (kind == 3) targets = ReferenceEquals(targets, first) ? other : first;
                state = Apply(kind, state, now, targets);
                states.Add((state, targets, now));
            }

            return states;
        }

        private static SlaState Apply(int kind, SlaState state, DateTime now, SlaTargets targets)
        {
            switch (kind)
            {
                case 0: return SlaClock.Pause(state, now);
                case 1: return SlaClock.Resume(state, now, Calendar, targets);
                case 2: return SlaClock.RecordFirstResponse(state, now);
                case 3: return SlaClock.ChangePriority(state, Calendar, targets);
                default:
                    var evaluation = SlaClock.Evaluate(state, now, Calendar, targets);
                    return evaluation.NoticeDue.HasValue ? SlaClock.NoticeSent(evaluation.State, evaluation.NoticeDue.Value) : evaluation.State;
            }
        }

        [Fact]
        public void Paused_minutes_are_never_negative_and_those_before_the_first_response_are_part_of_them()
        {
            Histories.Sample((first, other, escalatedAfter, steps) =>
            {
                foreach (var (state, _, _) in Run(first, other, escalatedAfter, steps))
                {
                    Assert.InRange(state.ResponsePausedMinutes, 0, state.PausedMinutes);
                }
            }, iter: Iterations);
        }

        [Fact]
        public void Dues_are_never_before_the_escalation_and_the_response_is_never_due_after_the_resolution_of_a_sane_policy()
        {
            Histories.Sample((first, other, escalatedAfter, steps) =>
            {
                foreach (var (state, targets, _) in Run(first, other, escalatedAfter, steps))
                {
                    Assert.True(state.ResponseDueOn >= state.EscalatedOn, state.ToString());
                    Assert.True(state.ResolutionDueOn >= state.EscalatedOn, state.ToString());
                    if (targets.ResponseMinutes <= targets.ResolutionMinutes) Assert.True(state.ResponseDueOn <= state.ResolutionDueOn, state.ToString());
                }
            }, iter: Iterations);
        }

        [Fact]
        public void Resolving_at_or_before_the_resolution_due_is_Met_and_after_it_unpaused_is_Breached()
        {
            Gen.Select(Histories, Gen.Int[0, 600]).Sample((history, early) =>
            {
                foreach (var (state, _, _) in Run(history.First, history.Other, history.EscalatedAfter, history.Steps))
                {
                    var due = state.ResolutionDueOn!.Value;
                    var resolvedOn = due.AddMinutes(-early) < state.EscalatedOn!.Value ? state.EscalatedOn.Value : due.AddMinutes(-early);
                    Assert.Equal(SlaStatus.Met, SlaClock.Resolve(state, resolvedOn).Status);
                    if (!state.IsPaused) Assert.Equal(SlaStatus.Breached, SlaClock.Resolve(state, due.AddMinutes(1)).Status);
                }
            }, iter: Iterations);
        }

        [Fact]
        public void Replaying_any_step_at_the_same_instant_changes_nothing_more()
        {
            Gen.Select(Histories, Gen.Int[0, 4]).Sample((history, kind) =>
            {
                foreach (var (state, targets, now) in Run(history.First, history.Other, history.EscalatedAfter, history.Steps))
                {
                    var once = Apply(kind, state, now, targets);
                    Assert.Equal(once, Apply(kind, state, now, targets));
                    Assert.Same(once, Apply(kind, once, now, targets));
                }
            }, iter: Iterations);
        }

        [Fact]
        public void A_pause_entirely_outside_working_time_moves_no_due()
        {
            Gen.Select(Histories, Gen.Int[0, 3000]).Sample((history, gap) =>
            {
                foreach (var (state, targets, now) in Run(history.First, history.Other, history.EscalatedAfter, history.Steps))
                {
                    var pausedOn = now.AddMinutes(gap);
                    if (state.IsPaused || Calendar.IsWorkingMoment(pausedOn)) continue;
                    var resumed = SlaClock.Resume(SlaClock.Pause(state, pausedOn), Calendar.NextWorkingMoment(pausedOn), Calendar, targets);
                    Assert.Equal(state.ResponseDueOn, resumed.ResponseDueOn);
                    Assert.Equal(state.ResolutionDueOn, resumed.ResolutionDueOn);
                    Assert.Equal(state.PausedMinutes, resumed.PausedMinutes);
                }
            }, iter: Iterations);
        }

        [Fact]
        public void Each_notice_is_due_at_most_once_in_a_history()
        {
            Histories.Sample((first, other, escalatedAfter, steps) =>
            {
                var states = Run(first, other, escalatedAfter, steps);
                var sent = new List<SlaNotice>();
                foreach (var (state, targets, now) in states)
                {
                    var evaluation = SlaClock.Evaluate(state, now, Calendar, targets);
                    Assert.Same(evaluation.State, SlaClock.Evaluate(evaluation.State, now, Calendar, targets).State);
                    if (evaluation.NoticeDue.HasValue)
                    {
                        var after = SlaClock.Evaluate(SlaClock.NoticeSent(evaluation.State, evaluation.NoticeDue.Value), now, Calendar, targets);
                        Assert.Null(after.NoticeDue);
                    }
                }

                // Along the history itself (every evaluation records its notice), a notice once sent is never due again.
                foreach (var (state, targets, now) in states)
                {
                    var due = SlaClock.Evaluate(state, now, Calendar, targets).NoticeDue;
                    if (due.HasValue) Assert.False(state.HasSent(due.Value));
                }
            }, iter: Iterations);
        }
    }
}
