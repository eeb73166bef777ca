using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using MirpsPractices.Bench.Generation;
using MirpsPractices.Bench.Load;

namespace MirpsPractices.Bench.WritePath;

public sealed record WritePathResult(
    int Writers,
    int Seconds,
    long Attempts,
    long Acknowledged,
    int DraftsVerified,
    int DraftsMismatched,
    long Conflicts,
    long Failures,
    int DatabaseLockedInLog,
    double SavesPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    string? Note)
{
    public bool Met => Note is null && Acknowledged > 0 && DraftsMismatched == 0 && Failures == 0 && DatabaseLockedInLog == 0;
}

/// <summary>
/// The write path: N submitters, each signed in with their own account, create a draft and autosave it as fast as the
/// server answers (the browser's autosave, `POST /my/practices/{id}/draft` with the token in X-CSRF-TOKEN) for the given
/// time. Afterwards every draft in the database must hold exactly the last save the server acknowledged for it, and the
/// server log must not contain "database is locked".
/// </summary>
public static partial class DraftWriters
{
    public static async Task<WritePathResult> RunAsync(ServerProcess portal, string database, int writers, string password, TimeSpan duration, TextWriter console)
    {
        var probe = await ProbeAsync(portal.BaseUrl);
        if (probe is not null)
        {
            console.WriteLine("    " + probe);
            return new WritePathResult(writers, (int)duration.TotalSeconds, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, probe);
        }

        var sessions = new List<Writer>();
        for (var i = 1; i <= writers; i++)
        {
            sessions.Add(await Writer.StartAsync(portal.BaseUrl, GenerationResult.SubmitterEmail(i), password, i));
        }
        var clock = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow + duration;
        await Task.WhenAll(sessions.Select(s => s.SaveUntilAsync(deadline)));
        var elapsed = clock.Elapsed.TotalSeconds;

        var mismatched = 0;
        using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            foreach (var session in sessions)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT Title, ConcurrencyStamp FROM Practices WHERE Id = $id";
                command.Parameters.AddWithValue("$id", session.PracticeId);
                using var reader = command.ExecuteReader();
                var found = reader.Read() ? (Title: reader.GetString(0), Stamp: reader.GetString(1)) : default;
                if (session.LastAcknowledged is not { } last
                    || found.Title != last.Title
                    || !string.Equals(found.Stamp, last.Stamp, StringComparison.OrdinalIgnoreCase))
                {
                    mismatched++;
                    console.WriteLine($"    draft {session.PracticeId}: database has \"{found.Title}\" / {found.Stamp}, last acknowledged \"{session.LastAcknowledged?.Title}\" / {session.LastAcknowledged?.Stamp}");
                }
            }
        }
        var locked = File.ReadLines(portal.LogPath).Count(l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        var latencies = sessions.SelectMany(s => s.Latencies).Order().ToArray();
        double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p / 100 * latencies.Length) - 1)];
        var result = new WritePathResult(
            writers,
            (int)duration.TotalSeconds,
            sessions.Sum(s => s.Attempts),
            sessions.Sum(s => s.Acknowledged),
            sessions.Count - mismatched,
            mismatched,
            sessions.Sum(s => s.Conflicts),
            sessions.Sum(s => s.Failures),
            locked,
            sessions.Sum(s => s.Acknowledged) / elapsed,
            Percentile(50),
            Percentile(95),
            Percentile(99),
            null);
        foreach (var failure in sessions.SelectMany(s => s.FailureSamples).Take(5))
        {
            console.WriteLine("    failure: " + failure);
        }
        console.WriteLine($"    {result.Acknowledged:N0} saves acknowledged ({result.SavesPerSecond:0}/s, p95 {result.P95Ms:0.0} ms, p99 {result.P99Ms:0.0} ms); " +
            $"{result.DraftsVerified}/{writers} drafts hold their last acknowledged save; conflicts {result.Conflicts}, failures {result.Failures}, \"database is locked\" in log: {locked}");
        return result;
    }

    /// <summary>The draft endpoints come with the submission workflow; without them the write path is reported as not measured.</summary>
    private static async Task<string?> ProbeAsync(string baseUrl)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(baseUrl + "/my/practices/new"));
        return response.StatusCode == HttpStatusCode.NotFound
            ? "write path not measured: /my/practices/new does not exist in this build (the submission workflow is not merged yet)"
            : null;
    }

    private sealed class Writer
    {
        private readonly HttpClient _client;
        private readonly string _token;
        private readonly int _number;
        private readonly string _body;

        private Writer(HttpClient client, string token, int number, int practiceId, Guid stamp)
        {
            _client = client;
            _token = token;
            _number = number;
            PracticeId = practiceId;
            Stamp = stamp;
            _body = string.Join("\n\n", Enumerable.Range(0, 6).Select(i =>
                $"Párrafo {i + 1}: la mesa interinstitucional de Tapachula articula la capacitación técnica, la homologación de títulos y la intermediación laboral para personas refugiadas y solicitantes de asilo; la niñez se atiende en espacios amigables."));
        }

        public int PracticeId { get; }
        public Guid Stamp { get; private set; }
        public long Attempts { get; private set; }
        public long Acknowledged { get; private set; }
        public long Conflicts { get; private set; }
        public long Failures { get; private set; }
        public (string Title, string Stamp)? LastAcknowledged { get; private set; }
        public List<double> Latencies { get; } = [];
        public List<string> FailureSamples { get; } = [];

        public static async Task<Writer> StartAsync(string baseUrl, string email, string password, int number)
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
            {
                BaseAddress = new Uri(baseUrl),
                Timeout = TimeSpan.FromSeconds(60),
            };
            var signInToken = Token(await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative)));
            using (var signIn = await client.PostAsync(new Uri("/account/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = password,
                ["__RequestVerificationToken"] = signInToken,
            })))
            {
                if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.OriginalString.Contains("signin", StringComparison.OrdinalIgnoreCase) == true)
                {
                    throw new InvalidOperationException($"Sign-in of {email} failed: {(int)signIn.StatusCode} {signIn.Headers.Location}");
                }
            }
            var form = await client.GetStringAsync(new Uri("/my/practices/new", UriKind.Relative));
            var token = Token(form);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/my/practices/new", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
                    ["Intent"] = "save",
                    ["Title"] = $"Borrador de prueba de carga {number:00}",
                    ["Language"] = "es",
                }),
            };
            request.Headers.Add("X-CSRF-TOKEN", token);
            request.Headers.Add("Accept", "application/json");
            using var created = await client.SendAsync(request);
            var json = await created.Content.ReadAsStringAsync();
            if (!created.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Creating a draft for {email} failed: {(int)created.StatusCode} {json}");
            }
            using var document = JsonDocument.Parse(json);
            return new Writer(client, token, number, document.RootElement.GetProperty("id").GetInt32(), document.RootElement.GetProperty("stamp").GetGuid());
        }

        public async Task SaveUntilAsync(DateTime deadline)
        {
            var save = 0;
            while (DateTime.UtcNow < deadline)
            {
                save++;
                var title = $"Borrador {_number:00} — guardado nº {save}";
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/my/practices/{PracticeId}/draft", UriKind.Relative))
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["ConcurrencyStamp"] = Stamp.ToString(),
                        ["Title"] = title,
                        ["Summary"] = $"Resumen guardado automáticamente ({save}).",
                        ["Language"] = "es",
                        ["Description"] = _body,
                    }),
                };
                request.Headers.Add("X-CSRF-TOKEN", _token);
                request.Headers.Add("Accept", "application/json");
                var clock = Stopwatch.StartNew();
                Attempts++;
                try
                {
                    using var response = await _client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    Latencies.Add(clock.Elapsed.TotalMilliseconds);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        using var document = JsonDocument.Parse(body);
                        Stamp = document.RootElement.GetProperty("stamp").GetGuid();
                        Acknowledged++;
                        LastAcknowledged = (title, Stamp.ToString());
                    }
                    else if (response.StatusCode == HttpStatusCode.Conflict)
                    {
                        Conflicts++;
                    }
                    else
                    {
                        Failures++;
                        Sample($"{(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                {
                    Failures++;
                    Sample(ex.GetType().Name + ": " + ex.Message);
                }
            }
        }

        private void Sample(string failure)
        {
            if (FailureSamples.Count < 3)
            {
                FailureSamples.Add(failure);
            }
        }

        private static string Token(string html)
        {
            var match = TokenPattern().Match(html);
            return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
