using System;
using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Registration
{
    /// <summary>Facts about platform messages that a step registration needs: the message ids every org shares and
    /// the request property an image is taken from.</summary>
    public static class SdkMessages
    {
        // Same id in every org (solution-format.md §2.8, [MSGS]); a step refers to its message by this id.
        private static readonly Dictionary<string, Guid> WellKnownIds = new(StringComparer.Ordinal)
        {
            ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Assign"] = new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Retrieve"] = new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["RetrieveMultiple"] = new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["SetState"] = new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["SetStateDynamicEntity"] = new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Merge"] = new Guid("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["GrantAccess"] = new Guid("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["ModifyAccess"] = new Guid("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["RevokeAccess"] = new Guid("11bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        };

        private static readonly Dictionary<string, string> ImagePropertyNames = new(StringComparer.Ordinal)
        {
            // Exports write the Create one in lower case.
            ["Create"] = "id",
            ["Update"] = "Target",
            ["Delete"] = "Target",
            ["Assign"] = "Target",
            ["Merge"] = "Target",
            ["Route"] = "Target",
            ["SetState"] = "EntityMoniker",
            ["SetStateDynamicEntity"] = "EntityMoniker",
            ["Send"] = "EmailId",
            ["DeliverIncoming"] = "EmailId",
            ["DeliverPromote"] = "EmailId",
        };

        public static Guid? WellKnownId(string message) => WellKnownIds.TryGetValue(message, out var id) ? id : null;

        public static string? ImagePropertyName(string message) => ImagePropertyNames.TryGetValue(message, out var name) ? name : null;
    }
}
