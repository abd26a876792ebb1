using System.Threading;
using System.Threading.Tasks;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>Where the bearer token for the environment comes from (MSAL in csx, a fixed token in tests).</summary>
    public interface IAccessTokenSource
    {
        /// <summary>A token valid now; called before every request, so an implementation renews it silently when it nears expiry.</summary>
        Task<string> GetTokenAsync(CancellationToken cancellationToken);
    }
}
