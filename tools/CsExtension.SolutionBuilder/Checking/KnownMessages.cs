using System;
using System.Collections.Generic;
using System.Linq;

namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// Platform messages a step may be registered on. The ids are the same in every organization (solution-format.md
    /// §2.8, from Microsoft's "Use messages" page); messages whose id is not listed there are known by name only.
    /// </summary>
    public static class KnownMessages
    {
        private const string Suffix = "-ea3e-db11-86a7-000a3a5473e8";

        private static readonly Dictionary<string, string> NameById = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["9ebdbb1b" + Suffix] = "Create",
            ["20bebb1b" + Suffix] = "Update",
            ["a1bdbb1b" + Suffix] = "Delete",
            ["8cbdbb1b" + Suffix] = "Assign",
            ["f2bdbb1b" + Suffix] = "Retrieve",
            ["03bebb1b" + Suffix] = "RetrieveMultiple",
            ["1cbebb1b" + Suffix] = "SetState",
            ["1dbebb1b" + Suffix] = "SetStateDynamicEntity",
            ["dbbdbb1b" + Suffix] = "Merge",
            ["c5bdbb1b" + Suffix] = "GrantAccess",
            ["dcbdbb1b" + Suffix] = "ModifyAccess",
            ["11bebb1b" + Suffix] = "RevokeAccess",
        };

        /// <summary>Other platform messages plugins commonly handle; their ids are not in our sources.</summary>
        private static readonly string[] NamesWithoutId =
        {
            "Associate", "Disassociate", "Upsert", "CreateMultiple", "UpdateMultiple", "UpsertMultiple", "DeleteMultiple",
            "Win", "Lose", "QualifyLead", "Close", "Send", "DeliverIncoming", "DeliverPromote", "Route", "AddMember", "RemoveMember",
        };

        /// <summary>The message name for a well-known id, or null.</summary>
        public static string? NameOf(string sdkMessageId) => NameById.TryGetValue(XmlText.NormalizeId(sdkMessageId), out var name) ? name : null;

        public static bool HasKnownId(string name) => NameById.Values.Contains(name, StringComparer.OrdinalIgnoreCase);

        public static bool IsKnownName(string name) =>
            NameById.Values.Contains(name, StringComparer.OrdinalIgnoreCase) || NamesWithoutId.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
