using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MirpsPractices.Core.Domain;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;
using Xunit.Abstractions;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>What a malformed request may lead to.</summary>
public enum Expectation
{
    /// <summary>A 4xx with a localized page, or the form shown again with its messages; the database unchanged.</summary>
    Rejected,
    /// <summary>Odd but harmless (HTML in a text field, an optional field left empty): saving it is fine, then it must read back encoded.</summary>
    MayBeAccepted,
}

public sealed record BadInput(string Name, Expectation Expect, Func<DiscoveredForm, HttpContent?> Body, Func<string, string>? Path = null);

/// <summary>
/// Every form the portal shows and every POST endpoint it maps (from its EndpointDataSource, so a new one is swept without
/// being listed here), plus the API and every page's query string, receive malformed values: never a 5xx, never a change in
/// the database unless the input is legitimately accepted.
/// </summary>
public sealed partial class BadInputSweepTests(ITestOutputHelper output, ReliabilityFactory factory) : IClassFixture<ReliabilityFactory>
{
    public const string ScriptPayload = "<script>window.__xss=1</script>\"><img src=x onerror=alert(1)>";
    private static readonly string OneMegabyte = new('a', 1024 * 1024);
    private static readonly string FiveMegabytes = new('b', 5 * 1024 * 1024);

    /// <summary>Roles in the order tried: the first whose crawl shows a form posts it.</summary>
    private static readonly string?[] CrawlRoles = [null, Roles.EmploymentTeam, Roles.Moderator, Roles.Administrator];

    private static readonly string[] StartPages =
    [
        "/", "/catalogue", "/account/signin", "/workspace", "/workspace/recommendations", "/workspace/recommendations/new",
        "/workspace/commitments", "/workspace/commitments/new", "/workspace/sessions", "/workspace/sessions/new", "/workspace/reports",
        "/my/practices", "/my/practices/new", "/moderation", "/moderation/calls", "/admin", "/admin/users", "/admin/organisations", "/account/manage",
    ];

    /// <summary>Endpoints whose whole purpose is to end the session: sweeping them would sign the crawler out.</summary>
    private static readonly string[] NotSwept = ["/account/signout"];

    public static IReadOnlyList<BadInput> FormInputs { get; } =
    [
        new("empty fields", Expectation.MayBeAccepted, f => Form(f, (field, _) => field.Kind is FieldKind.Hidden or FieldKind.Checkbox ? field.Value : "")),
        new("over the maximum length", Expectation.Rejected, f => f.Fields.Any(x => x.MaxLength is not null && IsText(x))
            ? Form(f, (field, _) => field.MaxLength is int max && IsText(field) ? new string('x', max + 1) : field.Value) : null),
        new("1 MB in every text field", Expectation.Rejected, f => f.Fields.Any(IsText) ? Form(f, (field, _) => IsText(field) ? OneMegabyte : field.Value) : null),
        new("5 MB in one field (over the form value limit)", Expectation.Rejected, f => f.Fields.Any(IsText)
            ? Form(f, (field, i) => i == f.Fields.ToList().FindIndex(IsText) ? FiveMegabytes : field.Value) : null),
        new("invalid reference codes", Expectation.Rejected, f => f.Fields.Any(x => x.Kind == FieldKind.Select && x.Options.Count > 1)
            ? Form(f, (field, _) => field.Kind == FieldKind.Select && field.Options.Count > 1 ? "NOT_A_CODE' OR 1=1 --" : field.Value) : null),
        new("dates out of range", Expectation.Rejected, f => f.Fields.Any(x => x.Kind == FieldKind.Date) ? Form(f, (field, _) => field.Kind == FieldKind.Date ? "0001-01-01" : field.Value) : null),
        new("impossible dates", Expectation.Rejected, f => f.Fields.Any(x => x.Kind == FieldKind.Date) ? Form(f, (field, _) => field.Kind == FieldKind.Date ? "2025-02-30" : field.Value) : null),
        new("end before start", Expectation.Rejected, f => HasRange(f) ? Form(f, (field, _) => IsStart(field) ? "2025-06-01" : IsEnd(field) ? "2020-01-01" : field.Value) : null),
        new("negative numbers", Expectation.Rejected, f => f.Fields.Any(x => x.Kind == FieldKind.Number) ? Form(f, (field, _) => field.Kind == FieldKind.Number ? "-5" : field.Value) : null),
        new("huge numbers", Expectation.Rejected, f => f.Fields.Any(x => x.Kind == FieldKind.Number) ? Form(f, (field, _) => field.Kind == FieldKind.Number ? "99999999999999999999999" : field.Value) : null),
        new("HTML and script", Expectation.MayBeAccepted, f => f.Fields.Any(IsText) ? Form(f, (field, _) => IsText(field) ? ScriptPayload : field.Value) : null),
        new("control characters and null bytes", Expectation.Rejected, f => f.Fields.Any(IsText) ? Form(f, (field, _) => IsText(field) ? "nul\0here\u0001\u001b[31m\u007f" : field.Value) : null),
        new("invalid UTF-8", Expectation.MayBeAccepted, f => f.Fields.Any(IsText) ? InvalidUtf8(f) : null),
        new("JSON instead of a form", Expectation.Rejected, f => new StringContent(JsonSerializer.Serialize(f.Fields.DistinctBy(x => x.Name).ToDictionary(x => x.Name, x => x.Value)), Encoding.UTF8, "application/json")),
        new("binary garbage as a form", Expectation.Rejected, f => Garbage()),
        new("unknown id", Expectation.Rejected, f => HasId(f.Action) ? Form(f, (field, _) => field.Value) : null, path => Id().Replace(path, "/999999")),
        new("negative id", Expectation.Rejected, f => HasId(f.Action) ? Form(f, (field, _) => field.Value) : null, path => Id().Replace(path, "/-1")),
    ];

    private static readonly string[] HostileQueries =
    [
        "page=-1&pageSize=2147483647&waiting=2147483647&days=2147483647&year=99999&sort=%3Cscript%3E&country=ZZ&area=NOT_A_CODE&status=%00&organisation=-1&session=abc&from=9999-99-99&to=0001-01-01",
        "page=99999999999999999999&q=" + Uri.EscapeDataString(ScriptPayload) + "%FF%FE%00%C3%28&culture=xx-INVALID&q=again",
        "q=%22%28%29%2A%3A-C%2B%2B%20NEAR%28a%20b%29%20title%3Ax%20" + new string('x', 4000),
    ];

    private readonly ReliabilityFactory _factory = factory;

    [Fact]
    public async Task Every_form_and_endpoint_survives_malformed_input_without_a_5xx_or_a_change_in_the_database()
    {
        _ = _factory.Server;
        var endpoints = FormCrawler.Endpoints(_factory.Services);
        var unsafeEndpoints = endpoints.Where(e => e.Method is "POST" or "PUT" or "PATCH" or "DELETE" && !NotSwept.Contains(e.Pattern)).ToList();
        var failures = new List<string>();
        var covered = new HashSet<SweptEndpoint>();
        var queried = new HashSet<string>(StringComparer.Ordinal);
        var ownForms = new List<DiscoveredForm>();
        var requests = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // A draft and a submitted practice of the participant, so the edit, submit, attachment and review forms exist to be found.
        var owner = _factory.CreateBrowserLikeClient();
        await owner.SignInAsRoleAsync(Roles.EmploymentTeam);
        var organisation = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Borrador para el barrido", organisation), intent: "save");
        await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Enviada para el barrido", organisation), intent: "submit");

        // Signed in before the sweep: the administrator's forms may legitimately deactivate or change demo accounts.
        var stranger = _factory.CreateBrowserLikeClient();
        await stranger.SignInAsRoleAsync(Roles.CivilSociety);
        var strangerToken = await stranger.GetAntiforgeryTokenAsync("/my/practices/new");
        var anyToken = await TokenClientAsync();

        foreach (var role in CrawlRoles)
        {
            var client = _factory.CreateBrowserLikeClient();
            if (role is not null)
            {
                await client.SignInAsRoleAsync(role);
            }
            var forms = await FormCrawler.CrawlAsync(client, StartPages, skipPublic: role is not null);
            output.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s: {Who(role)} crawled, {forms.Count} forms");
            var pages = forms.Select(f => f.PageUrl).Distinct().ToList();

            // Every page the crawl reached, with hostile query strings.
            foreach (var page in pages.Append("/catalogue").Append("/workspace/commitments").Distinct().Where(p => queried.Add(Id().Replace(p.Split('?')[0], "/{n}"))))
            {
                foreach (var query in HostileQueries)
                {
                    requests++;
                    using var response = await client.GetAsync(page.Split('?')[0] + "?" + query);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{Who(role)} GET {page}?{Short(query)} → {(int)response.StatusCode}");
                    }
                }
            }

            if (role == Roles.EmploymentTeam)
            {
                ownForms.AddRange(forms.Where(f => Id().IsMatch(f.Action) && f.Action.StartsWith("/my/practices/", StringComparison.Ordinal)
                    && unsafeEndpoints.Any(e => e.Matcher.IsMatch(f.Action.Split('?')[0]))));
            }
            foreach (var form in forms.DistinctBy(f => f.Action))
            {
                var endpoint = unsafeEndpoints.FirstOrDefault(e => e.Matcher.IsMatch(form.Action.Split('?')[0]));
                if (endpoint is null || !covered.Add(endpoint))
                {
                    continue;
                }
                var plausible = Plausible(form);
                foreach (var input in FormInputs)
                {
                    var body = input.Body(input.Name == "empty fields" ? form : plausible);
                    if (body is null)
                    {
                        continue;
                    }
                    requests++;
                    var failure = await SendAsync(client, role, endpoint, input.Path?.Invoke(form.Action) ?? form.Action, input, body);
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        // Other people's ids: the participant's own forms (/my/…) replayed by a participant of another organisation, with a valid token of theirs.
        foreach (var form in ownForms.DistinctBy(f => f.Action))
        {
            var endpoint = unsafeEndpoints.First(e => e.Matcher.IsMatch(form.Action.Split('?')[0]));
            var replayed = Plausible(form) with
            {
                Fields = [.. Plausible(form).Fields.Select(f => f.Name == "__RequestVerificationToken" ? f with { Value = strangerToken } : f)],
            };
            requests++;
            var failure = await SendAsync(stranger, Roles.CivilSociety, endpoint, form.Action, new BadInput("someone else's id", Expectation.Rejected, _ => null), Form(replayed, (field, _) => field.Value));
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        // POST endpoints no page showed a form for (reached only by script, or new): the generic malformed requests still apply.
        // Their real parameters get field-level bad input in FormlessEndpointTests.
        foreach (var endpoint in unsafeEndpoints.Where(e => !covered.Contains(e)))
        {
            output.WriteLine($"No form found for {endpoint}: swept with generic bodies as Moderator");
            var action = Regex.Replace(endpoint.Pattern, @"\{[^}]+\}", m => m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains("id", StringComparison.OrdinalIgnoreCase) ? "1" : "x");
            var form = new DiscoveredForm("(none)", action, "application/x-www-form-urlencoded",
                [new FormField("__RequestVerificationToken", FieldKind.Hidden, anyToken.Token, null, []), new FormField("Input.Title", FieldKind.Text, "", null, []), new FormField("Input.Date", FieldKind.Date, "", null, []), new FormField("Input.Count", FieldKind.Number, "", null, [])]);
            foreach (var input in FormInputs.Where(i => i.Path is null))
            {
                var body = input.Body(form);
                if (body is not null)
                {
                    requests++;
                    var failure = await SendAsync(anyToken.Client, Roles.Moderator, endpoint, action, input, body);
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        // The open-data API, from the endpoint list: hostile route values and query strings.
        var api = _factory.CreateBrowserLikeClient();
        foreach (var endpoint in endpoints.Where(e => e.Method == "GET" && e.Pattern.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var value in new[] { "999999", "-1", "0", "2147483648", "%3Cscript%3E", "%FF%FE", "..%2F..%2Fetc%2Fpasswd" })
            {
                foreach (var query in HostileQueries.Prepend(""))
                {
                    var url = Regex.Replace(endpoint.Pattern, @"\{[^}]+\}", value) + (query.Length > 0 ? "?" + query : "");
                    requests++;
                    using var response = await api.GetAsync(url);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"anonymous GET {Short(url)} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        output.WriteLine($"{requests} malformed requests in {watch.Elapsed.TotalSeconds:0.0} s; {covered.Count} of {unsafeEndpoints.Count} POST endpoints reached through a form: {string.Join(", ", covered)}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }

    private async Task<string?> SendAsync(HttpClient client, string? role, SweptEndpoint endpoint, string action, BadInput input, HttpContent body)
    {
        // Accepted-or-not inputs are judged by what the page shows, not by the database: no fingerprint to take for them.
        var before = input.Expect == Expectation.Rejected ? await DatabaseFingerprint.TakeAsync(_factory.DatabasePath) : null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(action, body);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > 150)
        {
            output.WriteLine($"slow: {elapsed.TotalMilliseconds:0} ms POST {Short(action)} with {input.Name}");
        }
        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        var label = $"{Who(role)} POST {Short(action)} [{endpoint.Pattern}] with {input.Name}";
        if (status >= 500)
        {
            return $"{label} → {status}";
        }
        var accepted = status is >= 300 and < 400 && !IsDenial(response);
        if (input.Expect == Expectation.MayBeAccepted)
        {
            // Saving odd but harmless input is legitimate (a redirect, or a page like new recovery codes); it must come back encoded.
            if (input.Name == "HTML and script" && (html.Contains("<script>window.__xss", StringComparison.Ordinal) || html.Contains("<img src=x onerror", StringComparison.Ordinal)))
            {
                return $"{label}: the payload is echoed raw";
            }
            return accepted && input.Name == "HTML and script" ? await RenderedEncodedAsync(client, response, label) : null;
        }
        var changes = DatabaseFingerprint.Diff(before!, await DatabaseFingerprint.TakeAsync(_factory.DatabasePath));
        if (changes.Count > 0)
        {
            return $"{label} → {status} changed the database: {string.Join("; ", changes)}";
        }
        if (accepted)
        {
            // A redirect that saved nothing: fine when it is a refusal shown on the next page (status message), so not a failure.
            return null;
        }
        if (status == 200 && !Messages().IsMatch(html))
        {
            return $"{label} → 200 without a validation message";
        }
        if (status is >= 400 and < 500 && response.Content.Headers.ContentType?.MediaType == "text/html" && !html.Contains("<html lang=\"", StringComparison.Ordinal))
        {
            return $"{label} → {status} without the localized error page";
        }
        return null;
    }

    /// <summary>An accepted HTML payload is stored verbatim and comes back encoded on the page the form redirected to.</summary>
    private static async Task<string?> RenderedEncodedAsync(HttpClient client, HttpResponseMessage response, string label)
    {
        var location = response.Headers.Location!.OriginalString;
        if (!location.StartsWith('/'))
        {
            return null;
        }
        var page = await client.GetStringAsync(location);
        return page.Contains("<script>window.__xss", StringComparison.Ordinal) || page.Contains("<img src=x onerror", StringComparison.Ordinal)
            ? $"{label}: the payload is rendered raw on {location}"
            : null;
    }

    private async Task<(HttpClient Client, string Token)> TokenClientAsync()
    {
        var client = _factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.Moderator);
        return (client, await client.GetAntiforgeryTokenAsync("/workspace/commitments/new"));
    }

    private static bool IsDenial(HttpResponseMessage response)
    {
        var path = new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;
        return path.StartsWith("/account/", StringComparison.Ordinal);
    }

    private static bool IsText(FormField field) => field.Kind is FieldKind.Text or FieldKind.TextArea or FieldKind.Email or FieldKind.Url;

    private static bool IsStart(FormField field) => field.Kind == FieldKind.Date && field.Name.Contains("Start", StringComparison.OrdinalIgnoreCase);

    private static bool IsEnd(FormField field) => field.Kind == FieldKind.Date && field.Name.Contains("End", StringComparison.OrdinalIgnoreCase);

    private static bool HasRange(DiscoveredForm form) => form.Fields.Any(IsStart) && form.Fields.Any(IsEnd);

    private static bool HasId(string action) => Id().IsMatch(action);

    /// <summary>
    /// The form filled in plausibly (empty fields get an ordinary value), so that each malformed value is the only thing wrong
    /// with a request and a rejection is caused by it, not by an empty required field.
    /// </summary>
    public static DiscoveredForm Plausible(DiscoveredForm form)
    {
        // One box ticked in each group of checkboxes (a form may require at least one).
        var ticked = form.Fields.Where(f => f.Kind == FieldKind.Checkbox && f.Value.Length > 0).Select(f => f.Name).ToHashSet();
        return form with { Fields = form.Fields.Select(field => Fill(field, ticked)).ToList() };
    }

    private static FormField Fill(FormField field, HashSet<string> ticked) =>
        field.Kind == FieldKind.Checkbox
            ? field.Value.Length == 0 && field.Options is [{ Length: > 0 } value] && ticked.Add(field.Name) ? field with { Value = value } : field
            : field.Value.Length > 0 ? field : field with
        {
            Value = field.Kind switch
            {
                FieldKind.Text => field.Name.Contains("Url", StringComparison.OrdinalIgnoreCase) ? "https://example.org/informe" : "Texto de prueba",
                FieldKind.TextArea => "Un texto de prueba de varias palabras.",
                FieldKind.Email => "someone@example.org",
                FieldKind.Url => "https://example.org/informe",
                FieldKind.Number => "3",
                FieldKind.Date => IsEnd(field) ? "2026-12-31" : "2026-01-15",
                FieldKind.Select => field.Options.FirstOrDefault(o => o.Length > 0) ?? "",
                FieldKind.Password => "not the password",
                _ => field.Value,
            },
        };

    private static HttpContent Form(DiscoveredForm form, Func<FormField, int, string> value)
    {
        var pairs = form.Fields.Select((field, i) => (field, value: value(field, i)))
            .Where(x => x.field.Kind is not (FieldKind.Checkbox or FieldKind.File) || x.value.Length > 0)
            .Select(x => new KeyValuePair<string, string>(x.field.Name, x.value))
            .ToList();
        if (form.Enctype.Contains("multipart", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, text) in pairs)
            {
                multipart.Add(new StringContent(text), key);
            }
            foreach (var file in form.Fields.Where(f => f.Kind == FieldKind.File))
            {
                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(ScriptPayload)), file.Name, "payload.html");
            }
            return multipart;
        }
        // FormUrlEncodedContent refuses values over 64 KB in .NET; encode by hand like a browser.
        var encoded = string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Escape(p.Value)));
        return new StringContent(encoded, Encoding.UTF8, "application/x-www-form-urlencoded");
    }

    internal static string Escape(string value)
    {
        if (value.Length <= 32_000)
        {
            return Uri.EscapeDataString(value);
        }
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i += 32_000)
        {
            builder.Append(Uri.EscapeDataString(value.AsSpan(i, Math.Min(32_000, value.Length - i))));
        }
        return builder.ToString();
    }

    private static ByteArrayContent InvalidUtf8(DiscoveredForm form)
    {
        var text = string.Join("&", form.Fields.Where(f => f.Kind is not (FieldKind.Checkbox or FieldKind.File)).Select(f => Uri.EscapeDataString(f.Name) + "=" + (IsText(f) ? "%FF%FE%C3%28%ED%A0%80x" : Uri.EscapeDataString(f.Value))));
        var bytes = Encoding.ASCII.GetBytes(text).Concat(new byte[] { (byte)'&', (byte)'z', (byte)'=', 0xC3, 0x28, 0xFF }).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return content;
    }

    private static ByteArrayContent Garbage()
    {
        var bytes = new byte[64 * 1024];
        new Random(8).NextBytes(bytes);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return content;
    }

    private static string Who(string? role) => role ?? "anonymous";

    internal static string Short(string value) => value.Length > 90 ? value[..90] + "…" : value;

    [GeneratedRegex("/[0-9]+(?=/|$)")]
    private static partial Regex Id();

    [GeneratedRegex("field-validation-error|error-summary|validation-summary-errors|alert-danger|role=\"alert\"|text-danger\">[^<]+<")]
    internal static partial Regex Messages();
}
