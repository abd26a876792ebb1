using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Alerts
{
    /// <summary>Raises an alert as a task for the CSM (else the account's owner) plus an in-app notification, unless an
    /// open alert of the same type about the same record exists: never two open alerts of one kind.</summary>
    public static class AlertWriter
    {
        private const int TaskHighPriority = 2;
        private const int IconWarning = 100000003;
        private const int ToastTimed = 200000000;
        private const int NotificationHigh = 200000001;

        /// <summary>The key of an alert: its type and the record it is about.</summary>
        public static string Key(int alertType, Guid recordId) =>
            string.Format(CultureInfo.InvariantCulture, "{0}:{1:D}", alertType, recordId);

        /// <summary>Returns the task created, or null when an open alert with the same key already exists.</summary>
        public static Guid? Raise(IOrganizationService system, Alert alert)
        {
            var key = Key(alert.AlertType, alert.About.Id);
            var open = new QueryExpression("task") { ColumnSet = new ColumnSet("activityid"), TopCount = 1 };
            open.Criteria.AddCondition("csx_alertkey", ConditionOperator.Equal, key);
            open.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            if (system.RetrieveMultiple(open).Entities.Any())
            {
                return null;
            }

            var task = new Entity("task")
            {
                ["subject"] = Truncate(alert.Title, 200),
                ["description"] = alert.Description,
                ["regardingobjectid"] = alert.Regarding,
                ["ownerid"] = alert.Recipient,
                ["prioritycode"] = new OptionSetValue(TaskHighPriority),
                ["scheduledend"] = alert.Due,
                ["csx_alerttype"] = new OptionSetValue(alert.AlertType),
                ["csx_alertkey"] = key,
            };
            if (alert.About.LogicalName == "csx_customerrequest")
            {
                task["csx_customerrequestid"] = alert.About;
            }

            var taskId = system.Create(task);
            system.Create(new Entity("appnotification")
            {
                ["title"] = Truncate(alert.Title, 256),
                ["body"] = Truncate(alert.Description, 500),
                ["ownerid"] = alert.Recipient,
                ["icontype"] = new OptionSetValue(IconWarning),
                ["toasttype"] = new OptionSetValue(ToastTimed),
                ["priority"] = new OptionSetValue(NotificationHigh),
                ["data"] = OpenRecordAction(alert.Regarding),
            });
            return taskId;
        }

        /// <summary>The notification's action: open the record the alert is about (app notification "data" JSON).</summary>
        private static string OpenRecordAction(EntityReference record) =>
            string.Format(
                CultureInfo.InvariantCulture,
                "{{\"actions\":[{{\"title\":\"Open\",\"data\":{{\"url\":\"?pagetype=entityrecord&etn={0}&id={1:D}\",\"navigationTarget\":\"newWindow\"}}}}]}}",
                record.LogicalName,
                record.Id);

        private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
    }
}
