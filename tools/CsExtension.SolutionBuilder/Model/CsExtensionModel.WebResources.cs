using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    public static partial class CsExtensionModel
    {
        private const int Html = 1;
        private const int JavaScript = 3;

        /// <summary>The web resources built in WebResources/ (npm run build writes them under dist/ by these names).</summary>
        public static IReadOnlyList<WebResourceFile> WebResources { get; } = new[]
        {
            new WebResourceFile("csx_/account/healthpanel.html", "Account health panel", Html, "Health score, components, 90-day trend, drivers, alerts, onboarding and QBR of an account."),
            new WebResourceFile("csx_/account/healthpanel.js", "Account health panel script", JavaScript, "Script of the account health panel."),
            new WebResourceFile("csx_/dashboard/kpi.html", "CS KPI dashboard", Html, "CS KPIs over the last 12 periods, health distribution, at-risk accounts, upsell pipeline and SLA board."),
            new WebResourceFile("csx_/dashboard/kpi.js", "CS KPI dashboard script", JavaScript, "Script of the CS KPI dashboard."),
            new WebResourceFile("csx_/request/form.js", "Customer request form script", JavaScript, "SLA countdown and fields required or locked by status on the customer request form."),
            new WebResourceFile("csx_/ribbon/commands.js", "CS Extension commands", JavaScript, "Escalate to development and Recalculate health commands with their enable rules."),
        };
    }
}
