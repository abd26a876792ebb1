using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CsExtension.SolutionBuilder.Model;
using static CsExtension.SolutionBuilder.Generation.Xml;

namespace CsExtension.SolutionBuilder.Generation
{
    /// <summary>Roles/&lt;role name&gt;.xml and Other/FieldSecurityProfiles.xml.</summary>
    internal static class SecurityWriter
    {
        public static string RoleId(SecurityRole role) => StableGuid.Braced("role:" + role.Name);

        public static string ProfileId(FieldSecurityProfile profile) => StableGuid.Braced("fieldsecurityprofile:" + profile.Name);

        public static void Write(SolutionModel model, SolutionOutput output)
        {
            foreach (var role in model.Roles)
            {
                output.Write($"Roles/{role.Name}.xml", new XElement("Role", XsiDeclaration(),
                    new XAttribute("id", RoleId(role)),
                    new XAttribute("name", role.Name),
                    new XElement("IsCustomizable", "1"),
                    new XElement("IsAutoAssigned", "0"),
                    new XElement("IntroducedVersion", AttributeWriter.IntroducedVersion),
                    new XElement("RolePrivileges", Privileges(role)
                        .OrderBy(p => p.Name, System.StringComparer.Ordinal)
                        .Select(p => new XElement("RolePrivilege", new XAttribute("name", p.Name), new XAttribute("level", p.Level))))));
            }

            // FieldPermission values: 4 = allowed, 0 = not allowed.
            output.Write("Other/FieldSecurityProfiles.xml", new XElement("FieldSecurityProfiles", XsiDeclaration(),
                model.FieldSecurityProfiles.Select(p => new XElement("FieldSecurityProfile",
                    new XAttribute("name", p.Name),
                    new XAttribute("description", p.Description),
                    new XAttribute("fieldsecurityprofileid", ProfileId(p)),
                    new XElement("FieldPermissions", p.Permissions.Select(f => new XElement("FieldPermission",
                        new XElement("EntityName", f.Table),
                        new XElement("AttributeName", f.Column),
                        new XElement("CanRead", f.CanRead ? "4" : "0"),
                        new XElement("CanUpdate", f.CanUpdate ? "4" : "0"),
                        new XElement("CanCreate", f.CanCreate ? "4" : "0"))))))));
        }

        private static IEnumerable<(string Name, string Level)> Privileges(SecurityRole role)
        {
            foreach (var access in role.Access)
            {
                var rights = new (string Right, PrivilegeDepth? Depth)[]
                {
                    ("Create", access.Create), ("Read", access.Read), ("Write", access.Write), ("Delete", access.Delete),
                    ("Append", access.Append), ("AppendTo", access.AppendTo), ("Assign", access.Assign), ("Share", access.Share),
                };
                foreach (var (right, depth) in rights)
                {
                    if (depth is { } level)
                    {
                        yield return ($"prv{right}{access.PrivilegeName}", Level(level));
                    }
                }
            }
        }

        private static string Level(PrivilegeDepth depth) => depth switch
        {
            PrivilegeDepth.User => "Basic",
            PrivilegeDepth.BusinessUnit => "Local",
            PrivilegeDepth.ParentChildBusinessUnits => "Deep",
            _ => "Global",
        };
    }
}
