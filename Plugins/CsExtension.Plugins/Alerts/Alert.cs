using System;
using Microsoft.Xrm.Sdk;

namespace CsExtension.Plugins.Alerts
{
    /// <summary>An alert to raise: its type (csx_alerttype), the record it is about, who gets it and what it says.</summary>
    public sealed class Alert
    {
        public Alert(int alertType, EntityReference about, EntityReference regarding, EntityReference recipient, string title, string description, DateTime due)
        {
            AlertType = alertType;
            About = about;
            Regarding = regarding;
            Recipient = recipient;
            Title = title;
            Description = description;
            Due = due;
        }

        public int AlertType { get; }

        /// <summary>The record the condition is about; with the type it makes the alert's key.</summary>
        public EntityReference About { get; }

        /// <summary>What the task is regarding (an account, or a request's account).</summary>
        public EntityReference Regarding { get; }

        public EntityReference Recipient { get; }

        public string Title { get; }

        public string Description { get; }

        public DateTime Due { get; }
    }
}
