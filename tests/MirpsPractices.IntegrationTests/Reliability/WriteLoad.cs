using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>
/// One creation the server acknowledged: a redirect to the new practice, which must then be in the database.
/// <paramref name="ClientIndex"/> says which of the load's signed-in clients made it, so a test can read it back as its owner.
/// </summary>
public sealed record AcknowledgedWrite(int PracticeId, string Title, string IdempotencyKey, DateTime AcknowledgedAtUtc, int ClientIndex);

/// <summary>
/// A write load through HTTP: each worker creates and submits practices (the full form, with a fresh idempotency key) until
/// told to stop. Records every acknowledged write and every other answer, so a test can check that nothing acknowledged was lost.
/// </summary>
public sealed partial class WriteLoad(string runMarker, int organisationId)
{
    public ConcurrentBag<AcknowledgedWrite> Acknowledged { get; } = [];
    public ConcurrentQueue<string> Failures { get; } = new();
    public int Attempts => _attempts;

    private int _attempts;

    /// <summary>Runs <paramref name="workers"/> loops over <paramref name="clients"/> (round robin) until <paramref name="stop"/> fires.</summary>
    public Task RunAsync(IReadOnlyList<(HttpClient Client, string Token)> clients, int workers, CancellationToken stop, bool tolerateConnectionErrors = false) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var clientIndex = worker % clients.Count;
            var (client, token) = clients[clientIndex];
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var title = $"{runMarker} w{worker} n{i}";
                var key = Guid.NewGuid().ToString("N");
                var fields = WorkflowClient.CompletePractice(title, organisationId, key).With("Input.Intent", "submit").With("__RequestVerificationToken", token);
                Interlocked.Increment(ref _attempts);
                try
                {
                    using var response = await client.PostAsync("/my/practices/new", new FormUrlEncodedContent(fields), CancellationToken.None);
                    var location = response.Headers.Location?.OriginalString ?? "";
                    var match = SubmittedPractice().Match(location);
                    if (response.StatusCode == HttpStatusCode.Redirect && match.Success)
                    {
                        Acknowledged.Add(new AcknowledgedWrite(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), title, key, DateTime.UtcNow, clientIndex));
                    }
                    else
                    {
                        Failures.Enqueue($"{title}: {(int)response.StatusCode} {location}");
                    }
                }
                catch (HttpRequestException) when (tolerateConnectionErrors)
                {
                    // The server was killed mid-request: this write was never acknowledged.
                    return;
                }
            }
        }, CancellationToken.None)));

    /// <summary>Signs a participant in once and returns a client with its antiforgery token, ready to post the practice form.</summary>
    public static async Task<(HttpClient Client, string Token)> ParticipantAsync(HttpClient client, string role)
    {
        await client.SignInAsRoleAsync(role);
        return (client, await client.GetAntiforgeryTokenAsync("/my/practices/new"));
    }

    [GeneratedRegex(@"^/my/practices/(\d+)$")]
    private static partial Regex SubmittedPractice();
}

/// <summary>The portal as a separate process (the built dll on a given SQLite file), so a test can SIGKILL it.</summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalProcess(Process process) => _process = process;

    public string BaseUrl { get; private set; } = "";

    public string Output => string.Join("\n", _output);

    public static async Task<PortalProcess> StartAsync(string databasePath, TimeSpan timeout)
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "MirpsPractices.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}",
            ["Database__Provider"] = "Sqlite",
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = PortalFactory.DemoPassword,
            ["Demo__PrintCredentials"] = "false",
            ["Security__SecureCookies"] = "false",
            ["RateLimits__SignInPerMinute"] = "1000",
            ["RateLimits__SubmissionsPerMinute"] = "100000",
            ["Serilog__WriteTo__1__Name"] = "Console",
        })
        {
            start.Environment[key] = value;
        }
        var portal = new PortalProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        portal._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            portal._output.Enqueue(e.Data);
            var match = Listening().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(match.Groups[1].Value);
            }
        };
        portal._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                portal._output.Enqueue(e.Data);
            }
        };
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        var first = await Task.WhenAny(listening.Task, Task.Delay(timeout), portal._process.WaitForExitAsync());
        if (first != listening.Task)
        {
            await portal.DisposeAsync();
            throw new InvalidOperationException("The portal did not start:\n" + portal.Output);
        }
        portal.BaseUrl = await listening.Task;
        return portal;
    }

    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(BaseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>SIGKILL: no shutdown, no checkpoint, no flushing; exactly what a power cut or the OOM killer does.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
