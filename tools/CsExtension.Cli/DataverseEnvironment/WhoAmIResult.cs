using System;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>Who the environment says we are: the proof that the URL is a Dataverse environment and that sign-in worked.</summary>
    public sealed record WhoAmIResult(Guid UserId, Guid BusinessUnitId, Guid OrganizationId);
}
