using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>Interactive sign-in for a person at a terminal: the device code flow works over SSH and in containers,
    /// where no browser can be opened on the same machine.</summary>
    public sealed class DeviceCodeSignIn : IAccessTokenSource
    {
        private readonly IPublicClientApplication _application;
        private readonly string[] _scopes;
        private readonly TextWriter _prompt;

        // Parallel requests all ask for a token at once; without this each would start its own device code prompt.
        private readonly SemaphoreSlim _oneAtATime = new(1, 1);

        public DeviceCodeSignIn(EnvironmentUrl environment, string clientId, string tenant, TextWriter prompt)
        {
            _application = PublicClientApplicationBuilder.Create(clientId)
                .WithAuthority(AzureCloudInstance.AzurePublic, tenant)
                .WithDefaultRedirectUri()
                .Build();
            _scopes = new[] { environment.Scope };
            _prompt = prompt;
        }

        public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var account = (await _application.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
                if (account is not null)
                {
                    try
                    {
                        // The cache lives as long as the process: one prompt per run, renewals after that are silent.
                        var renewed = await _application.AcquireTokenSilent(_scopes, account).ExecuteAsync(cancellationToken).ConfigureAwait(false);
                        return renewed.AccessToken;
                    }
                    catch (MsalUiRequiredException)
                    {
                        // The refresh token was revoked or expired: fall through to a new prompt.
                    }
                }

                var result = await _application.AcquireTokenWithDeviceCode(_scopes, code =>
                    {
                        _prompt.WriteLine(code.Message);
                        return Task.CompletedTask;
                    })
                    .ExecuteAsync(cancellationToken)
                    .ConfigureAwait(false);
                return result.AccessToken;
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
    }
}
