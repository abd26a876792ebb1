using System;
using CsExtension.Plugins.Schema;
using CsExtension.Rules.Sla;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Sla
{
    /// <summary>A request's SLA columns, read into and written from the rules' SLA state.</summary>
    public static class SlaColumns
    {
        public static readonly string[] Names =
        {
            "csx_slastatus", "csx_escalatedon", "csx_firstresponseon", "csx_responsedueon", "csx_resolutiondueon", "csx_resolvedon",
            "csx_pausedon", "csx_pausedminutes", "csx_responsepausedminutes", "csx_slanotices",
        };

        public static SlaState Read(Entity request) =>
            new SlaState(
                StatusOf(request.GetAttributeValue<OptionSetValue>("csx_slastatus")),
                request.GetAttributeValue<DateTime?>("csx_escalatedon"),
                request.GetAttributeValue<DateTime?>("csx_firstresponseon"),
                request.GetAttributeValue<DateTime?>("csx_responsedueon"),
                request.GetAttributeValue<DateTime?>("csx_resolutiondueon"),
                request.GetAttributeValue<DateTime?>("csx_resolvedon"),
                request.GetAttributeValue<DateTime?>("csx_pausedon"),
                request.GetAttributeValue<int?>("csx_pausedminutes") ?? 0,
                request.GetAttributeValue<int?>("csx_responsepausedminutes") ?? 0,
                request.GetAttributeValue<string>("csx_slanotices"));

        public static void Write(SlaState state, Entity target)
        {
            target["csx_slastatus"] = new OptionSetValue(StatusValue(state.Status));
            target["csx_escalatedon"] = state.EscalatedOn;
            target["csx_firstresponseon"] = state.FirstResponseOn;
            target["csx_responsedueon"] = state.ResponseDueOn;
            target["csx_resolutiondueon"] = state.ResolutionDueOn;
            target["csx_resolvedon"] = state.ResolvedOn;
            target["csx_pausedon"] = state.PausedOn;
            target["csx_pausedminutes"] = (int)state.PausedMinutes;
            target["csx_responsepausedminutes"] = (int)state.ResponsePausedMinutes;
            target["csx_slanotices"] = string.IsNullOrEmpty(state.Notices) ? null : state.Notices;
        }

        public static SlaStatus StatusOf(OptionSetValue? value) =>
            value?.Value switch
            {
                Choices.SlaStatus.InProgress => SlaStatus.InProgress,
                Choices.SlaStatus.NearingBreach => SlaStatus.NearingBreach,
                Choices.SlaStatus.Breached => SlaStatus.Breached,
                Choices.SlaStatus.Met => SlaStatus.Met,
                Choices.SlaStatus.Paused => SlaStatus.Paused,
                Choices.SlaStatus.Cancelled => SlaStatus.Cancelled,
                _ => SlaStatus.NotStarted,
            };

        public static int StatusValue(SlaStatus status) =>
            status switch
            {
                SlaStatus.InProgress => Choices.SlaStatus.InProgress,
                SlaStatus.NearingBreach => Choices.SlaStatus.NearingBreach,
                SlaStatus.Breached => Choices.SlaStatus.Breached,
                SlaStatus.Met => Choices.SlaStatus.Met,
                SlaStatus.Paused => Choices.SlaStatus.Paused,
                SlaStatus.Cancelled => Choices.SlaStatus.Cancelled,
                _ => Choices.SlaStatus.NotStarted,
            };

        public static RequestPriority PriorityOf(int value) =>
            value switch
            {
                Choices.Priority.Critical => RequestPriority.Critical,
                Choices.Priority.High => RequestPriority.High,
                Choices.Priority.Low => RequestPriority.Low,
                _ => RequestPriority.Medium,
            };
    }
}
