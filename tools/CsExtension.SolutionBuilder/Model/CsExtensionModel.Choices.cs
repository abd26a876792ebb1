using System.Collections.Generic;
using static CsExtension.SolutionBuilder.Model.Columns;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        // Global choices: the ones more than one table uses. Values are the publisher's (615300000 + order), so the
        // plugins and the emulator's tests can rely on them.
        public const string HealthBand = "csx_healthband";
        public const string Priority = "csx_priority";
        public const string MeetingType = "csx_meetingtype";

        /// <summary>Status reasons of csx_customerrequest. The platform keeps 1 (Active) and 2 (Inactive) as the default
        /// reasons of a new table (relabelled New and Resolved); reasons added later get the publisher's values.</summary>
        public static class RequestStatus
        {
            public const int New = 1;
            public const int Resolved = 2;
            public const int Triaged = 615300000;
            public const int EscalatedToDevelopment = 615300001;
            public const int InDevelopment = 615300002;
            public const int WaitingForCustomer = 615300003;
            public const int WontFix = 615300004;
            public const int Cancelled = 615300005;
        }

        private static IReadOnlyList<Choice> ChoicesList() => new List<Choice>
        {
            new(HealthBand, L("Health band", "健全性バンド"),
                L("Band of the health score: Healthy 75 or more, Neutral 50 or more, At risk 25 or more, else Critical.",
                  "健全性スコアのバンド: 75 以上は健全、50 以上は普通、25 以上は要注意、それ未満は危険。"),
                Numbered(L("Healthy", "健全"), L("Neutral", "普通"), L("At risk", "要注意"), L("Critical", "危険"))),
            new(Priority, L("Priority", "優先度"),
                L("Priority of a customer request; an SLA policy applies to one priority.",
                  "顧客要望の優先度。SLA ポリシーは優先度ごとに適用されます。"),
                Numbered(L("Critical", "緊急"), L("High", "高"), L("Medium", "中"), L("Low", "低"))),
            new(MeetingType, L("Meeting type", "ミーティング種別"),
                L("What a customer meeting or call was for; QBRs and onboarding reviews drive the health score.",
                  "顧客との会議・通話の目的。QBR とオンボーディングレビューは健全性スコアに反映されます。"),
                Numbered(L("Regular", "定例"), L("QBR", "QBR"), L("Onboarding review", "オンボーディングレビュー"), L("Escalation", "エスカレーション"))),
        };
    }
}
