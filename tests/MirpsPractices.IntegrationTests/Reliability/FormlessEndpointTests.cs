using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;
using MirpsPractices.Web.Resources;
using Xunit.Abstractions;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>What a field-level bad request to an endpoint without a form must lead to.</summary>
public enum Answer
{
    /// <summary>404 (unknown id, or someone else's, answered alike); the database unchanged.</summary>
    NotFound,
    /// <summary>403, or a redirect to the access-denied page; the database unchanged.</summary>
    Denied,
    /// <summary>The page again (200 or 4xx) with a localized message; the database unchanged.</summary>
    Message,
    /// <summary>A JSON answer with a localized message and the given status; the database unchanged.</summary>
    JsonMessage,
    /// <summary>A redirect that carries a refusal (status message on the next page, or back to the sign-in page); the database unchanged.</summary>
    RefusedRedirect,
    /// <summary>A tampered hidden field: no 5xx and the database unchanged; the page need not explain it.</summary>
    Unchanged,
    /// <summary>Odd but legitimate: saved. The test checks what was stored.</summary>
    Accepted,
}

/// <summary>
/// The POST endpoints no page shows a form for (autosave, submit from the details page, attachments, two-factor steps, links
/// from e-mails, admin actions shown only for some users, recommendation pages the crawl does not reach) get bad input for
/// their real parameters: wrong types, oversized values, missing values, unknown ids and other people's ids, duplicated keys.
/// </summary>
public sealed class FormlessEndpointTests(ITestOutputHelper output, ReliabilityFactory factory) : IClassFixture<ReliabilityFactory>
{
    private readonly ReliabilityFactory _factory = factory;
    private static readonly string Oversized = new('x', 100_000);

    [Fact]
    public async Task Endpoints_without_a_form_answer_field_level_bad_input_with_a_message_or_404_and_change_nothing()
    {
        var failures = new List<string>();
        var w = _factory.Services.GetRequiredService<IStringLocalizer<WorkflowResource>>();
        string Spanish(string key, params object[] args)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo("es");
            try
            {
                return w[key, args].Value;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        var organisation = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var owner = _factory.CreateBrowserLikeClient();
        await owner.SignInAsRoleAsync(Roles.EmploymentTeam);
        var stranger = _factory.CreateBrowserLikeClient();
        await stranger.SignInAsRoleAsync(Roles.CivilSociety);
        var admin = _factory.CreateBrowserLikeClient();
        await admin.SignInAsRoleAsync(Roles.Administrator);
        var moderator = _factory.CreateBrowserLikeClient();
        await moderator.SignInAsRoleAsync(Roles.Moderator);
        var anonymous = _factory.CreateBrowserLikeClient();

        var draft = await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Borrador sin formulario", organisation), intent: "save");
        var incomplete = await owner.CreatePracticeAsync([new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")), new("Input.Title", "Borrador incompleto")], intent: "save");
        var strangers = await stranger.CreatePracticeAsync(WorkflowClient.CompletePractice("Borrador de otra organización", organisation), intent: "save");
        await UploadPdfAsync(owner, draft);
        await UploadPdfAsync(stranger, strangers);
        var ownAttachment = await _factory.WithDbAsync(db => db.PracticeAttachments.Where(a => a.PracticeId == draft).Select(a => a.Id).SingleAsync());
        var strangersAttachment = await _factory.WithDbAsync(db => db.PracticeAttachments.Where(a => a.PracticeId == strangers).Select(a => a.Id).SingleAsync());
        var ownerId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(Roles.EmploymentTeam)).Select(u => u.Id).SingleAsync());

        var ownerToken = await owner.GetAntiforgeryTokenAsync($"/my/practices/{draft}/edit");
        var stamp = WorkflowClient.StampFrom(await owner.GetStringAsync($"/my/practices/{draft}/edit"));
        var incompleteStamp = WorkflowClient.StampFrom(await owner.GetStringAsync($"/my/practices/{incomplete}/edit"));
        var strangerToken = await stranger.GetAntiforgeryTokenAsync("/my/practices/new");
        var adminToken = await admin.GetAntiforgeryTokenAsync("/admin/users");
        var moderatorToken = await moderator.GetAntiforgeryTokenAsync("/moderation/calls/new");
        var anonymousToken = await anonymous.GetAntiforgeryTokenAsync("/account/forgot-password");

        async Task Expect(string name, HttpClient client, string path, Answer answer, IEnumerable<KeyValuePair<string, string>> fields, string? message = null, bool json = false, HttpStatusCode? status = null)
        {
            var before = await DatabaseFingerprint.TakeAsync(_factory.DatabasePath);
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + BadInputSweepTests.Escape(f.Value))), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
            if (json)
            {
                request.Headers.Accept.ParseAdd("application/json");
            }
            using var response = await client.SendAsync(request);
            var code = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var label = $"POST {BadInputSweepTests.Short(path)} with {name} → {code}";
            var changes = DatabaseFingerprint.Diff(before, await DatabaseFingerprint.TakeAsync(_factory.DatabasePath));
            output.WriteLine(label);
            if (code >= 500)
            {
                failures.Add(label);
                return;
            }
            if (answer != Answer.Accepted && changes.Count > 0)
            {
                failures.Add($"{label} changed the database: {string.Join("; ", changes)}");
            }
            var location = response.Headers.Location?.OriginalString ?? "";
            var ok = answer switch
            {
                Answer.NotFound => code == 404,
                Answer.Denied => code == 403 || (code == 302 && location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase)),
                Answer.Message => code is 200 or >= 400 and < 500 && BadInputSweepTests.Messages().IsMatch(body) && (message is null || body.Contains(System.Net.WebUtility.HtmlEncode(message), StringComparison.Ordinal)),
                Answer.JsonMessage => (status is null || response.StatusCode == status) && response.Content.Headers.ContentType?.MediaType == "application/json"
                    && JsonTexts(body) is [{ Length: > 0 } m, ..] texts && !m.StartsWith("Status_", StringComparison.Ordinal) && (message is null || texts.Contains(message)),
                Answer.RefusedRedirect => code is 302 or 303 && !location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase),
                Answer.Unchanged => code < 500,
                Answer.Accepted => code is >= 200 and < 400,
                _ => false,
            };
            if (!ok)
            {
                failures.Add($"{label}: expected {answer}{(message is null ? "" : $" with \"{message}\"")}; got {BadInputSweepTests.Short(body.ReplaceLineEndings(" "))}");
            }
        }

        // Autosave (fetch from the practice form): JSON answers, never a page.
        List<KeyValuePair<string, string>> Draft(params (string Name, string Value)[] changes)
        {
            var fields = WorkflowClient.CompletePractice("Borrador sin formulario", organisation).With("Input.ConcurrencyStamp", stamp).With("__RequestVerificationToken", ownerToken);
            foreach (var (field, value) in changes)
            {
                fields = fields.With(field, value);
            }
            return fields;
        }
        var autosave = $"/my/practices/{draft}/draft";
        var invalid = HttpStatusCode.UnprocessableEntity;
        await Expect("a stamp that is not a GUID", owner, autosave, Answer.JsonMessage, Draft(("Input.ConcurrencyStamp", "not-a-guid")), json: true, status: invalid);
        await Expect("no stamp at all", owner, autosave, Answer.JsonMessage, Draft().Where(f => f.Key != "Input.ConcurrencyStamp"), Spanish("Status_Conflict"), json: true, status: HttpStatusCode.Conflict);
        await Expect("a stale stamp", owner, autosave, Answer.JsonMessage, Draft(("Input.ConcurrencyStamp", Guid.NewGuid().ToString())), Spanish("Status_Conflict"), json: true, status: HttpStatusCode.Conflict);
        await Expect("more women than people reached", owner, autosave, Answer.JsonMessage, Draft(("Input.PeopleReached", "10"), ("Input.WomenReached", "11")), Spanish("Validation_WomenNotMoreThanPeople"), json: true, status: invalid);
        await Expect("a negative number of people", owner, autosave, Answer.JsonMessage, Draft(("Input.PeopleTrained", "-1")), Spanish("Validation_NotNegative"), json: true, status: invalid);
        await Expect("a number over Int32", owner, autosave, Answer.JsonMessage, Draft(("Input.PeopleReached", "2147483648")), json: true, status: invalid);
        await Expect("a word for a number", owner, autosave, Answer.JsonMessage, Draft(("Input.BusinessesStarted", "doce")), json: true, status: invalid);
        await Expect("an indicator value over decimal(18,2)", owner, autosave, Answer.JsonMessage, Draft(("Input.OtherIndicators[0].Value", "100000000000000000000")), Spanish("Validation_NumberTooLarge"), json: true, status: invalid);
        await Expect("an indicator value with three decimals", owner, autosave, Answer.JsonMessage, Draft(("Input.OtherIndicators[0].Value", "0,125")), Spanish("Validation_TwoDecimals"), json: true, status: invalid);
        await Expect("an indicator value that may have a thousands separator", owner, autosave, Answer.JsonMessage, Draft(("Input.OtherIndicators[0].Value", "1.500")), Spanish("Validation_NumberFormat"), json: true, status: invalid);
        await Expect("an indicator value with two separators", owner, autosave, Answer.JsonMessage, Draft(("Input.OtherIndicators[0].Value", "1.500,5")), Spanish("Validation_NumberFormat"), json: true, status: invalid);
        await Expect("an acronym longer than its column", owner, autosave, Answer.JsonMessage,
            Draft(("Input.NewOrganisation.Name", "Cooperativa nueva"), ("Input.NewOrganisation.Acronym", new string('C', 31)), ("Input.NewOrganisation.ActorType", "CivilSociety"), ("Input.NewOrganisation.CountryCode", "CR"), ("Input.NewOrganisation.Role", "Partner")),
            Spanish("Validation_TooLong", 30), json: true, status: invalid);
        await Expect("a unit longer than its column", owner, autosave, Answer.JsonMessage, Draft(("Input.OtherIndicators[0].Unit", new string('u', 51))), Spanish("Validation_TooLong", 50), json: true, status: invalid);
        await Expect("a javascript: evidence link", owner, autosave, Answer.JsonMessage, Draft(("Input.EvidenceLinks[0].Url", "javascript:alert(1)")), Spanish("Validation_Url"), json: true, status: invalid);
        await Expect("an oversized title", owner, autosave, Answer.JsonMessage, Draft(("Input.Title", new string('t', 201))), Spanish("Validation_TooLong", 200), json: true, status: invalid);
        await Expect("100 000 characters in a long text", owner, autosave, Answer.JsonMessage, Draft(("Input.Context", Oversized)), Spanish("Validation_TooLong", 20000), json: true, status: invalid);
        await Expect("an unknown country code", owner, autosave, Answer.JsonMessage, Draft(("Input.Countries", "ZZ")), Spanish("Validation_Choose"), json: true, status: invalid);
        await Expect("an undefined implementation status", owner, autosave, Answer.JsonMessage, Draft(("Input.ImplementationStatus", "99")), json: true, status: invalid);
        await Expect("an impossible date", owner, autosave, Answer.JsonMessage, Draft(("Input.StartDate", "2025-02-30")), json: true, status: invalid);
        await Expect("a year out of range", owner, autosave, Answer.JsonMessage, Draft(("Input.StartDate", "0001-01-01")), json: true, status: invalid);
        await Expect("an end before the start", owner, autosave, Answer.JsonMessage, Draft(("Input.StartDate", "2025-06-01"), ("Input.EndDate", "2020-01-01")), Spanish("Validation_EndBeforeStart"), json: true, status: invalid);
        await Expect("an unknown practice", owner, "/my/practices/999999/draft", Answer.NotFound, Draft(), json: true);
        await Expect("someone else's practice", owner, $"/my/practices/{strangers}/draft", Answer.NotFound, Draft(), json: true);
        await Expect("a moderator's autosave", moderator, autosave, Answer.Denied, Draft(("__RequestVerificationToken", moderatorToken)), json: true);

        // Duplicated keys are legitimate in a form (two rows choosing the same organisation): saved once each.
        await Expect("duplicated rows and keys", owner, autosave, Answer.Accepted, Draft(
            ("Input.Organisations[1].OrganisationId", organisation.ToString(CultureInfo.InvariantCulture)), ("Input.Organisations[1].Role", "Partner"),
            ("Input.Mechanisms[1].Mechanism", "OneStopShop"), ("Input.Mechanisms[1].Selected", "true"), ("Input.Mechanisms[1].Description", "Otra vez")), json: true);
        var saved = await _factory.WithDbAsync(db => db.Practices.Where(p => p.Id == draft)
            .Select(p => new { Organisations = p.Organisations.Count, Mechanisms = p.Mechanisms.Count, Countries = p.Countries.Count, p.ConcurrencyStamp }).SingleAsync());
        if (saved is not { Organisations: 1, Mechanisms: 1, Countries: 2 })
        {
            failures.Add($"duplicated keys were stored as {saved}");
        }
        stamp = saved.ConcurrencyStamp.ToString();

        // "2.5" typed in the Spanish interface is two and a half, not 25 (the culture's parser would read the point as thousands).
        await Expect("a decimal point in the Spanish interface", owner, autosave, Answer.Accepted, Draft(("Input.OtherIndicators[0].Value", "2.5")), json: true);
        var indicator = await _factory.WithDbAsync(db => db.Practices.Where(p => p.Id == draft).Select(p => new { Value = p.OtherIndicators.Select(i => i.Value).Single(), p.ConcurrencyStamp }).SingleAsync());
        if (indicator.Value != 2.5m)
        {
            failures.Add($"\"2.5\" was stored as {indicator.Value}");
        }
        stamp = indicator.ConcurrencyStamp.ToString();

        // Submit from the details page: only the stamp is posted; the saved content is checked.
        List<KeyValuePair<string, string>> Stamped(string token, string? value) => value is null ? [new("__RequestVerificationToken", token)] : [new("__RequestVerificationToken", token), new("concurrencyStamp", value)];
        await Expect("a stamp that is not a GUID", owner, $"/my/practices/{draft}/submit", Answer.RefusedRedirect, Stamped(ownerToken, "not-a-guid"));
        await Expect("no stamp", owner, $"/my/practices/{draft}/submit", Answer.RefusedRedirect, Stamped(ownerToken, null));
        await Expect("an incomplete draft", owner, $"/my/practices/{incomplete}/submit", Answer.Message, Stamped(ownerToken, incompleteStamp), Spanish("Validation_Required"));
        await Expect("an unknown practice", owner, "/my/practices/999999/submit", Answer.NotFound, Stamped(ownerToken, stamp));
        await Expect("a negative id", owner, "/my/practices/-1/submit", Answer.NotFound, Stamped(ownerToken, stamp));
        await Expect("someone else's practice", stranger, $"/my/practices/{draft}/submit", Answer.NotFound, Stamped(strangerToken, stamp));

        // A revision starts only from one's own published practice.
        await Expect("a draft (not published)", owner, $"/my/practices/{draft}/revision", Answer.RefusedRedirect, Stamped(ownerToken, null));
        await Expect("an unknown practice", owner, "/my/practices/999999/revision", Answer.NotFound, Stamped(ownerToken, null));
        await Expect("someone else's practice", stranger, $"/my/practices/{draft}/revision", Answer.NotFound, Stamped(strangerToken, null));

        // Removing an attachment: the attachment must belong to that practice, and the practice to the user.
        await Expect("an unknown attachment", owner, $"/my/practices/{draft}/attachments/999999/delete", Answer.NotFound, Stamped(ownerToken, null));
        await Expect("a negative attachment id", owner, $"/my/practices/{draft}/attachments/-1/delete", Answer.NotFound, Stamped(ownerToken, null));
        await Expect("another practice's attachment", owner, $"/my/practices/{draft}/attachments/{strangersAttachment}/delete", Answer.NotFound, Stamped(ownerToken, null));
        await Expect("someone else's attachment", stranger, $"/my/practices/{draft}/attachments/{ownAttachment}/delete", Answer.NotFound, Stamped(strangerToken, null));
        await Expect("the right attachment of the wrong practice", stranger, $"/my/practices/{strangers}/attachments/{ownAttachment}/delete", Answer.NotFound, Stamped(strangerToken, null));

        // Links from e-mails (invitation, password reset): the user id and token travel in hidden fields.
        List<KeyValuePair<string, string>> Link(string? user, string? token, string password = "una contraseña larga y nueva", string? confirm = null) =>
        [
            new("__RequestVerificationToken", anonymousToken), new("User", user ?? ""), new("Token", token ?? ""), new("Password", password), new("ConfirmPassword", confirm ?? password),
        ];
        foreach (var link in new[] { "/account/invitation", "/account/reset-password" })
        {
            await Expect("an unknown user", anonymous, link, Answer.Message, Link("no-such-user", "CfDJ8garbage"));
            await Expect("a forged token for a real user", anonymous, link, Answer.Message, Link(ownerId, "CfDJ8garbage"));
            await Expect("a 100 000-character token", anonymous, link, Answer.Message, Link(ownerId, Oversized));
            await Expect("a 100 000-character user id", anonymous, link, Answer.Message, Link(Oversized, "CfDJ8garbage"));
            await Expect("no user and no token", anonymous, link, Answer.Message, Link(null, null));
        }

        // Two-factor steps without a pending sign-in go back to the sign-in page; with one, bad codes get a message.
        await Expect("no pending sign-in", anonymous, "/account/signin-2fa", Answer.RefusedRedirect, [new("__RequestVerificationToken", anonymousToken), new("Code", "123456")]);
        await Expect("no pending sign-in", anonymous, "/account/signin-recovery", Answer.RefusedRedirect, [new("__RequestVerificationToken", anonymousToken), new("RecoveryCode", "abcd-efgh")]);
        var halfway = _factory.CreateBrowserLikeClient();
        var first = await halfway.SignInWithEmailAsync(TestClientExtensions.DemoEmail(Roles.Moderator), PortalFactory.DemoPassword, authenticatorKey: null);
        Assert.StartsWith("/account/signin-2fa", first.Headers.Location?.OriginalString);
        var halfwayToken = await halfway.GetAntiforgeryTokenAsync(first.Headers.Location!.OriginalString);
        await Expect("an empty code", halfway, "/account/signin-2fa", Answer.Message, [new("__RequestVerificationToken", halfwayToken), new("Code", "")]);
        await Expect("a 100 000-character code", halfway, "/account/signin-2fa", Answer.Message, [new("__RequestVerificationToken", halfwayToken), new("Code", Oversized)]);
        await Expect("an oversized return URL", halfway, "/account/signin-2fa", Answer.Unchanged, [new("__RequestVerificationToken", halfwayToken), new("Code", "123456"), new("ReturnUrl", "/" + Oversized)]);
        await Expect("a word for remember-me", halfway, "/account/signin-2fa", Answer.Message, [new("__RequestVerificationToken", halfwayToken), new("Code", ""), new("RememberMe", "perhaps")]);
        await Expect("an empty recovery code", halfway, "/account/signin-recovery", Answer.Message, [new("__RequestVerificationToken", halfwayToken), new("RecoveryCode", "")]);
        await Expect("a 100 000-character recovery code", halfway, "/account/signin-recovery", Answer.Message, [new("__RequestVerificationToken", halfwayToken), new("RecoveryCode", Oversized)]);

        // Administrator's user actions shown only for some users: unknown ids, and actions that do not apply.
        foreach (var action in new[] { "reactivate", "reinvite", "unlock" })
        {
            await Expect("an unknown user", admin, $"/admin/users/no-such-user/{action}", Answer.NotFound, [new("__RequestVerificationToken", adminToken)]);
            await Expect("a 2 000-character user id", admin, $"/admin/users/{new string('u', 2000)}/{action}", Answer.NotFound, [new("__RequestVerificationToken", adminToken)]);
            await Expect("a moderator", moderator, $"/admin/users/{ownerId}/{action}", Answer.Denied, [new("__RequestVerificationToken", moderatorToken)]);
        }
        await Expect("an active user", admin, $"/admin/users/{ownerId}/reactivate", Answer.RefusedRedirect, [new("__RequestVerificationToken", adminToken)]);
        await Expect("a user who accepted the invitation", admin, $"/admin/users/{ownerId}/reinvite", Answer.RefusedRedirect, [new("__RequestVerificationToken", adminToken)]);

        // Recommendations: edit and follow-up of one made for the test (the crawl meets none it may edit).
        var recommendationResponse = await owner.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new",
        [
            new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")), new("Input.Title", "Ventanillas únicas en cada municipio"), new("Input.Text", "Abrir una ventanilla única."),
            new("Input.Level", "Local"), new("Input.ActorTypes", "LocalGovernment"), new("Input.StrategyAreas", "JobMatching"), new("Input.Language", "es"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, recommendationResponse.StatusCode);
        var recommendation = int.Parse(System.Text.RegularExpressions.Regex.Match(recommendationResponse.Headers.Location!.OriginalString, @"/(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        List<KeyValuePair<string, string>> Recommendation(string token, params (string Name, string Value)[] changes)
        {
            List<KeyValuePair<string, string>> fields =
            [
                new("__RequestVerificationToken", token), new("Input.Title", "Ventanillas únicas en cada municipio"), new("Input.Text", "Abrir una ventanilla única."),
                new("Input.Level", "Local"), new("Input.ActorTypes", "LocalGovernment"), new("Input.StrategyAreas", "JobMatching"), new("Input.Language", "es"),
            ];
            foreach (var (field, value) in changes)
            {
                fields = fields.With(field, value);
            }
            return fields;
        }
        var edit = $"/workspace/recommendations/{recommendation}/edit";
        await Expect("an undefined level", owner, edit, Answer.Message, Recommendation(ownerToken, ("Input.Level", "99")));
        await Expect("no actor type", owner, edit, Answer.Message, Recommendation(ownerToken).Where(f => f.Key != "Input.ActorTypes"));
        await Expect("an unknown actor type", owner, edit, Answer.Message, Recommendation(ownerToken, ("Input.ActorTypes", "Martians")));
        await Expect("an oversized title", owner, edit, Answer.Message, Recommendation(ownerToken, ("Input.Title", new string('t', 201))));
        await Expect("100 000 characters of text", owner, edit, Answer.Message, Recommendation(ownerToken, ("Input.Text", Oversized)));
        await Expect("a word for an evidence id", owner, edit, Answer.Message, Recommendation(ownerToken, ("Input.EvidencePracticeIds", "la buena")));
        await Expect("an unknown language", owner, edit, Answer.Message, Recommendation(ownerToken, ("Input.Language", "xx")));
        await Expect("an unknown recommendation", owner, "/workspace/recommendations/999999/edit", Answer.NotFound, Recommendation(ownerToken));
        await Expect("someone else's recommendation", stranger, edit, Answer.Denied, Recommendation(strangerToken));

        var followUp = $"/workspace/recommendations/{recommendation}/follow-up";
        await Expect("no status", owner, followUp, Answer.Message, [new("__RequestVerificationToken", ownerToken), new("FollowUp.Note", "Sin estado")]);
        await Expect("an undefined status", owner, followUp, Answer.Message, [new("__RequestVerificationToken", ownerToken), new("FollowUp.Status", "99")]);
        await Expect("an impossible date", owner, followUp, Answer.Message, [new("__RequestVerificationToken", ownerToken), new("FollowUp.Status", "InProgress"), new("FollowUp.Date", "2025-02-30")]);
        await Expect("a note without a date", owner, followUp, Answer.Message, [new("__RequestVerificationToken", ownerToken), new("FollowUp.Status", "InProgress"), new("FollowUp.Note", "Avances")]);
        await Expect("100 000 characters of note", owner, followUp, Answer.Message, [new("__RequestVerificationToken", ownerToken), new("FollowUp.Status", "InProgress"), new("FollowUp.Date", "2026-01-15"), new("FollowUp.Note", Oversized)]);
        await Expect("an unknown recommendation", owner, "/workspace/recommendations/999999/follow-up", Answer.NotFound, [new("__RequestVerificationToken", ownerToken), new("FollowUp.Status", "InProgress")]);

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }

    private static async Task UploadPdfAsync(HttpClient client, int practiceId)
    {
        var token = await client.GetAntiforgeryTokenAsync($"/my/practices/{practiceId}/edit");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("%PDF-1.4\n%test\n"u8.ToArray()), "file", "informe.pdf" },
        };
        var response = await client.PostAsync($"/my/practices/{practiceId}/attachments", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The "message" of a JSON answer first, then every validation message in its "errors".</summary>
    private static List<string> JsonTexts(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var texts = new List<string>();
            if (document.RootElement.TryGetProperty("message", out var message))
            {
                texts.Add(message.GetString() ?? "");
            }
            if (document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                texts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(e => e.GetString() ?? ""));
            }
            return texts;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
