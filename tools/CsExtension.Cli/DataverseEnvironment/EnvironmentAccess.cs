using System;
using System.IO;
using System.Net;
using System.Net.Http;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>What the environment commands take from the machine: the network, the clock, environment variables and
    /// sign-in. csx uses the real ones; tests replace them to run the commands against a fake transport or a local server.</summary>
    public sealed class EnvironmentAccess
    {
        /// <summary>The public client id Microsoft publishes for Dataverse samples and tools, consented in every tenant
        /// that has not blocked it, so a person can sign in without registering an app first.</summary>
        public const string SampleClientId = "51f81489-12ee-4a9e-aaae-a2591f45987d";

        /// <summary>Any work or school account; the user's own tenant is found from the account.</summary>
        public const string DefaultTenant = "organizations";

        public const string UrlVariable = "CSX_URL";

        public static EnvironmentAccess Machine { get; } = new();

        /// <summary>Creates the transport for one command run; it is disposed when the command ends.</summary>
        public Func<HttpMessageHandler> Transport { get; init; } = () => new SocketsHttpHandler
        {
            // A host that is down fails within seconds instead of the operating system's minutes.
            ConnectTimeout = TimeSpan.FromSeconds(20),
            // Dataverse moves organisations between servers behind one name; new connections follow DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        };

        public TimeProvider Time { get; init; } = TimeProvider.System;

        public Func<string, string?> Variables { get; init; } = System.Environment.GetEnvironmentVariable;

        /// <summary>Replaces sign-in for a remote environment (tests); null signs in with MSAL.</summary>
        public IAccessTokenSource? Tokens { get; init; }

        /// <summary>How requests to the environment get their token: none for a local csx serve, client credentials when
        /// CSX_CLIENT_SECRET is set, the device code flow otherwise. Null with a problem when the options do not fit.</summary>
        public IAccessTokenSource? TokenSourceFor(EnvironmentUrl environment, string clientId, string tenant, TextWriter prompt, out string? problem)
        {
            problem = null;
            if (environment.IsLocal)
            {
                return null;
            }

            if (Tokens is not null)
            {
                return Tokens;
            }

            var secret = Variables(ClientSecretSignIn.SecretVariable);
            if (!string.IsNullOrEmpty(secret))
            {
                if (string.Equals(clientId, SampleClientId, StringComparison.OrdinalIgnoreCase))
                {
                    problem = $"{ClientSecretSignIn.SecretVariable} is set, so csx signs in as an application: pass --client-id <the application (client) id the secret belongs to> (or unset {ClientSecretSignIn.SecretVariable} to sign in as yourself).";
                    return null;
                }

                if (tenant is "organizations" or "common" or "consumers")
                {
                    problem = $"{ClientSecretSignIn.SecretVariable} is set, so csx signs in as an application, which needs the directory: pass --tenant <tenant id or domain, e.g. contoso.onmicrosoft.com>.";
                    return null;
                }

                return new ClientSecretSignIn(environment, clientId, tenant, secret);
            }

            return new DeviceCodeSignIn(environment, clientId, tenant, prompt);
        }
    }
}
