using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>Unattended sign-in as an application user (a schedule, a pipeline). The secret is taken from the
    /// CSX_CLIENT_SECRET variable by the caller and never from a flag or a file, so it stays out of shell history,
    /// process listings and the repository.</summary>
    public sealed class ClientSecretSignIn : IAccessTokenSource
    {
        public const string SecretVariable = "CSX_CLIENT_SECRET";

        private readonly IConfidentialClientApplication _application;
        private readonly string[] _scopes;

        public ClientSecretSignIn(EnvironmentUrl environment, string clientId, string tenant, string secret)
        {
            _application = ConfidentialClientApplicationBuilder.Create(clientId)
                .WithAuthority(AzureCloudInstance.AzurePublic, tenant)
                .WithClientSecret(secret)
                .Build();
            _scopes = new[] { environment.Scope };
        }

        public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            // MSAL keeps application tokens in its in-memory cache and only goes to Entra ID when one nears expiry.
            var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
    }
}
