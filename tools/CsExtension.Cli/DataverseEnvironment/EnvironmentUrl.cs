using System;
using System.Globalization;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>The environment a command talks to, as the user typed it in --url, reduced to scheme and host.</summary>
    /// <remarks>Only the authority is kept because people paste the address bar (https://org.crm.dynamics.com/main.aspx?...)
    /// and the Web API lives at a fixed path below the host anyway.</remarks>
    public sealed class EnvironmentUrl
    {
        private EnvironmentUrl(Uri root)
        {
            Root = root;
        }

        /// <summary>https://org.crm.dynamics.com (no trailing slash): what messages show and what the sign-in scope is built from.</summary>
        public Uri Root { get; }

        public override string ToString() => Root.GetLeftPart(UriPartial.Authority);

        /// <summary>{url}/api/data/v9.2/.</summary>
        public Uri WebApi => new(ToString() + "/api/data/v9.2/");

        /// <summary>The resource's default scope: a token for every permission the user or app already has there.</summary>
        public string Scope => ToString() + "/.default";

        /// <summary>A local <c>csx serve</c> answers without sign-in; a real environment never does.</summary>
        public bool IsLocal => Root.IsLoopback;

        /// <summary>A name safe for a file name (the default checkpoint is per environment, so two environments never share one).</summary>
        public string FileSafeName => Root.IsDefaultPort
            ? Root.Host
            : Root.Host + "-" + Root.Port.ToString(CultureInfo.InvariantCulture);

        /// <summary>The URL, or why it cannot be one (a bearer token must never travel over plain http to a remote host).</summary>
        public static EnvironmentUrl? TryParse(string? text, out string? problem)
        {
            problem = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                problem = "No environment URL: pass --url https://<org>.crm.dynamics.com (or set CSX_URL).";
                return null;
            }

            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
            {
                problem = $"'{text}' is not an environment URL: pass --url https://<org>.crm.dynamics.com (or http://127.0.0.1:<port> for csx serve).";
                return null;
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            {
                problem = $"'{text}' uses http: Dataverse environments are https (only a local csx serve on 127.0.0.1 or localhost is http).";
                return null;
            }

            return new EnvironmentUrl(new Uri(uri.GetLeftPart(UriPartial.Authority)));
        }
    }
}
