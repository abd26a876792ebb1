using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dataverse.WebApi
{
    /// <summary>The emulator behind HTTP on 127.0.0.1: the Web API at /api/data/v9.2/ and the web resources at
    /// /WebResources/, as Dynamics serves them. Requests reach the emulator one at a time (it is single-threaded,
    /// like one transaction at a time per record in the platform), so concurrent clients are safe.</summary>
    public sealed class WebApiServer : IAsyncDisposable
    {
        private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html; charset=utf-8",
            [".htm"] = "text/html; charset=utf-8",
            [".js"] = "text/javascript; charset=utf-8",
            [".css"] = "text/css; charset=utf-8",
            [".json"] = "application/json",
            [".png"] = "image/png",
            [".svg"] = "image/svg+xml",
            [".xml"] = "application/xml",
            [".resx"] = "application/xml",
        };

        private readonly WebApplication _app;
        private readonly DataverseEmulator _emulator;
        private readonly WebApiRequestHandler _handler;
        private readonly WebApiServerOptions _options;
        private readonly FormHost? _forms;
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly DateTime _clockAtStart;

        private WebApiServer(WebApplication app, DataverseEmulator emulator, WebApiServerOptions options)
        {
            _app = app;
            _emulator = emulator;
            _options = options;
            _handler = new WebApiRequestHandler(emulator, options.CallerId);
            _clockAtStart = emulator.Clock.UtcNow;
            _forms = options.SolutionFolder is null ? null : new FormHost(emulator.Metadata, options.SolutionFolder);
        }

        /// <summary>http://127.0.0.1:port/</summary>
        public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

        public static async Task<WebApiServer> StartAsync(DataverseEmulator emulator, WebApiServerOptions options, CancellationToken ct = default)
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
            var app = builder.Build();
            var server = new WebApiServer(app, emulator, options);
            app.Run(server.HandleAsync);
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch
            {
                // A port in use or a cancelled start: nothing may stay behind listening or holding threads.
                await app.DisposeAsync().ConfigureAwait(false);
                server._gate.Dispose();
                throw;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            return server;
        }

        /// <summary>Cancelled when the host is told to stop (Ctrl+C, SIGTERM), so a command line can wait on it.</summary>
        public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

        /// <summary>Runs something against the emulator between requests (tests read the emulator's state this way).</summary>
        public async Task<T> WithEmulatorAsync<T>(Func<DataverseEmulator, T> read)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                return read(_emulator);
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task HandleAsync(HttpContext context)
        {
            var path = context.Request.Path.Value ?? "/";
            if (path.StartsWith(WebApiRequestHandler.ApiPath, StringComparison.Ordinal))
            {
                await ApiAsync(context).ConfigureAwait(false);
            }
            else if (path.StartsWith("/WebResources/", StringComparison.Ordinal) && _options.WebResourcesFolder is not null)
            {
                await WebResourceAsync(context, path.Substring("/WebResources/".Length)).ConfigureAwait(false);
            }
            else if (path == "/main.aspx" && _forms is not null)
            {
                await FormAsync(context).ConfigureAwait(false);
            }
            else if (path == "/" && _options.WebResourcesFolder is not null && _options.StartPage is not null)
            {
                context.Response.Redirect("/WebResources/" + _options.StartPage);
            }
            else
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync($"Not found: {path}. The Web API is at {WebApiRequestHandler.ApiPath}, web resources under /WebResources/.").ConfigureAwait(false);
            }
        }

        private async Task ApiAsync(HttpContext context)
        {
            var faults = _options.Faults;
            var number = faults?.Next() ?? 0;
            if (faults is not null && faults.IsThrottled(number))
            {
                // The service-protection answer: 429, Retry-After in seconds, and the platform's error code for the number of
                // requests (Learn: "Service protection API limits", learn.microsoft.com/power-apps/developer/data-platform/api-limits).
                await SendAsync(context, WebApiRequestHandler.Error(429, "0x80072322",
                    "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
                    new Dictionary<string, string> { ["Retry-After"] = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ConfigureAwait(false);
                return;
            }

            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
            var url = new Uri(context.Request.Scheme + "://" + context.Request.Host + context.Request.Path + context.Request.QueryString);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase);

            ApiResponse response;
            await _gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                if (_options.ClockFollowsWallTime)
                {
                    var now = _clockAtStart + _wall.Elapsed;
                    if (now > _emulator.Clock.UtcNow)
                    {
                        _emulator.Clock.Set(now);
                    }
                }

                try
                {
                    response = _handler.Handle(context.Request.Method, url, headers, body.ToArray());
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    response = WebApiRequestHandler.Error(500, "0x80040216", "An unexpected error occurred: " + e.Message);
                }
            }
            finally
            {
                _gate.Release();
            }

            if (faults is not null && faults.IsDropped(number))
            {
                // Done, but the caller never hears so: the connection goes before any response byte.
                context.Abort();
                return;
            }

            await SendAsync(context, response).ConfigureAwait(false);
        }

        private static async Task SendAsync(HttpContext context, ApiResponse response)
        {
            context.Response.StatusCode = response.Status;
            context.Response.Headers["OData-Version"] = "4.0";
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            if (response.Body.Length > 0)
            {
                context.Response.ContentType = response.ContentType;
                await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
            }
        }

        /// <summary>/main.aspx?pagetype=entityrecord&amp;etn=account&amp;id=...: the record's main form as the emulator hosts it.</summary>
        private async Task FormAsync(HttpContext context)
        {
            var query = context.Request.Query;
            var table = query["etn"].ToString();
            string? page = null;
            if (query["pagetype"] == "entityrecord" && Guid.TryParse(query["id"].ToString().Trim('{', '}'), out var id))
            {
                var language = int.TryParse(query["userlcid"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var lcid) ? lcid : 1033;
                page = _forms!.Page(table, id, query["formid"].ToString() is { Length: > 0 } formId ? formId : null, language);
            }

            if (page is null)
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync($"No form to show: main.aspx needs pagetype=entityrecord, etn=<a table with a main form that has web resources or scripts> and id=<record id> (asked: {context.Request.QueryString}).").ConfigureAwait(false);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(page).ConfigureAwait(false);
        }

        private async Task WebResourceAsync(HttpContext context, string relative)
        {
            var folder = Path.GetFullPath(_options.WebResourcesFolder!);
            var file = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(relative)));
            if (!file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync($"No web resource '{relative}'.").ConfigureAwait(false);
                return;
            }

            context.Response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(file), out var type) ? type : "application/octet-stream";
            await context.Response.SendFileAsync(file).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _gate.Dispose();
        }
    }
}
