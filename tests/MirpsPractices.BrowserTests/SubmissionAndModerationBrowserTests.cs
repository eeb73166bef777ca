using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests;

/// <summary>The round trip through the real UI, as a participant and as a moderator, with screenshots for the user guide.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmissionAndModerationBrowserTests(BrowserFixture fixture)
{
    /// <summary>Screenshots also go to docs/images when MIRPS_DOCS_IMAGES names that folder (scripts/docs-screenshots.sh).</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        await BrowserFixture.ScreenshotAsync(page, name);
        var docs = Environment.GetEnvironmentVariable("MIRPS_DOCS_IMAGES");
        if (!string.IsNullOrEmpty(docs))
        {
            Directory.CreateDirectory(docs);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Ticks a checkbox from the keyboard, as a keyboard user would (and without racing the layout shift of a message that disappears on blur).</summary>
    private static async Task TickAsync(IPage page, string selector)
    {
        await page.FocusAsync(selector);
        if (!await page.IsCheckedAsync(selector))
        {
            await page.Keyboard.PressAsync("Space");
        }
        Assert.True(await page.IsCheckedAsync(selector));
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task A_participant_submits_a_practice_and_a_moderator_requests_changes_then_publishes_it()
    {
        var title = "Ventanilla única de empleo de Puerto Nuevo " + Guid.NewGuid().ToString("N")[..4];
        var (participantContext, participant, participantErrors) = await fixture.NewPageAsync();
        await using var _ = participantContext;
        await participant.SetViewportSizeAsync(1280, 900);
        await fixture.SignInAsync(participant, Roles.CivilSociety);

        // My practices → new practice; submitting it empty shows every message, linked from a summary.
        await participant.GotoAsync("/my/practices");
        await ShotAsync(participant, "workflow-01-my-practices");
        await participant.ClickAsync("a[href='/my/practices/new']");
        await participant.FillAsync("#Input_Title", title);
        await participant.ClickAsync("#submit-practice");
        await participant.WaitForSelectorAsync("#error-summary");
        await ShotAsync(participant, "workflow-02-errors");
        Assert.Contains("Elija al menos un país.", await participant.TextContentAsync("#error-summary"));
        Assert.Equal(title, await participant.InputValueAsync("#Input_Title"));
        await AssertAccessibleAsync(participant);

        // Fill in every section and submit.
        await participant.FillAsync("#Input_Summary", "Una ventanilla municipal reúne en un solo lugar la orientación laboral, la intermediación y la certificación de competencias.");
        await TickAsync(participant, "#Input_Countries_HN");
        await participant.FillAsync("#Input_Locality", "Puerto Nuevo");
        await participant.SelectOptionAsync("#Input_ImplementationStatus", "Ongoing");
        await participant.FillAsync("#Input_StartDate", "2024-03-01");
        await TickAsync(participant, "#Input_StrategyAreas_JobMatching");
        await TickAsync(participant, "#Input_StrategyAreas_Skills");
        await TickAsync(participant, "#Input_Populations_Refugees");
        await TickAsync(participant, "#Input_Populations_HostCommunities");
        await participant.SelectOptionAsync("#Input_Organisations_0__OrganisationId", new SelectOptionValue { Index = 1 });
        await participant.SelectOptionAsync("#Input_Organisations_0__Role", "Lead");
        await TickAsync(participant, "#Input_Mechanisms_3__Selected");
        await participant.FillAsync("#Input_Mechanisms_3__Description", "La alcaldía, el servicio de empleo y una organización de la sociedad civil atienden en la misma oficina.");
        await participant.FillAsync("#Input_Context", "Llegada sostenida de personas desplazadas sin acceso a empleo formal.");
        await participant.FillAsync("#Input_Description", "La alcaldía coordina una mesa técnica mensual y una ruta de derivación.");
        await participant.FillAsync("#Input_Results", "Se atendieron 300 personas.");
        await participant.FillAsync("#Input_PeopleReached", "300");
        await participant.FillAsync("#Input_WomenReached", "170");
        await participant.FillAsync("#Input_OtherIndicators_0__Name", "Empresas aliadas");
        await participant.FillAsync("#Input_OtherIndicators_0__Value", "12");
        await participant.FillAsync("#Input_AgeGenderDiversityApproach", "Horarios compatibles con tareas de cuidado y atención en lengua garífuna.");
        await participant.FillAsync("#Input_Challenges", "Documentación incompleta de muchas personas.");
        await participant.FillAsync("#Input_LessonsLearned", "Acordar por escrito quién hace qué desde el inicio.");
        await participant.FillAsync("#Input_ReplicationConditions", "Un servicio de empleo con presencia municipal.");
        await participant.FillAsync("#Input_SustainabilityAndFunding", "Presupuesto municipal desde 2025.");
        await participant.FillAsync("#Input_EvidenceLinks_0__Title", "Informe anual 2024");
        await participant.FillAsync("#Input_EvidenceLinks_0__Url", "https://example.org/informe-2024");
        await ShotAsync(participant, "workflow-03-form");
        await participant.ClickAsync("#submit-practice");
        await participant.WaitForAddressAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/my/practices/\d+$"));
        await ShotAsync(participant, "workflow-04-submitted");
        var id = int.Parse(participant.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        // The moderator finds it in the queue and requests changes, with a comment on the results.
        var (moderatorContext, moderator, moderatorErrors) = await fixture.NewPageAsync();
        await using var __ = moderatorContext;
        await moderator.SetViewportSizeAsync(1280, 900);
        await fixture.SignInAsync(moderator, Roles.Moderator);
        await moderator.GotoAsync("/moderation");
        await ShotAsync(moderator, "workflow-05-queue");
        await AssertAccessibleAsync(moderator);
        await moderator.ClickAsync($"a[href='/moderation/practices/{id}']");
        await moderator.ClickAsync("details.field-comments summary");
        await moderator.FillAsync("#Input_FieldComments_Results", "Indiquen cuántas personas consiguieron empleo y con qué fuente.");
        await moderator.FillAsync("#Input_Comment", "Muy buena práctica; faltan datos de colocación.");
        await ShotAsync(moderator, "workflow-06-review");
        await AssertAccessibleAsync(moderator);
        await moderator.ClickAsync("button[value=RequestChanges]");
        await moderator.WaitForAddressAsync(url => url.EndsWith("/moderation", StringComparison.Ordinal));

        // The participant sees the comment beside the field, answers it and submits again.
        await participant.GotoAsync($"/my/practices/{id}/edit");
        var comment = participant.Locator("#section-practice .review-comment");
        Assert.Contains("Indiquen cuántas personas consiguieron empleo", await comment.TextContentAsync());
        await participant.FillAsync("#Input_Results", "Se atendieron 300 personas; 95 consiguieron empleo formal según el registro municipal.");
        await comment.Locator("textarea").FillAsync("Añadimos las 95 colocaciones del registro municipal.");
        await comment.ScrollIntoViewIfNeededAsync();
        await ShotAsync(participant, "workflow-07-comment-beside-field");
        await AssertAccessibleAsync(participant);
        await participant.ClickAsync("#submit-practice");
        await participant.WaitForAddressAsync(url => url.EndsWith($"/my/practices/{id}", StringComparison.Ordinal));

        // The moderator sees what changed, completes the checklist and publishes.
        await moderator.GotoAsync($"/moderation/practices/{id}");
        Assert.Contains("95 consiguieron empleo formal", await moderator.TextContentAsync(".diff-section ins >> nth=0") + await moderator.TextContentAsync(".diff-section"));
        foreach (var i in Enumerable.Range(0, 6))
        {
            await moderator.CheckAsync($"#Input_Criteria_{i}__IsMet");
        }
        await moderator.CheckAsync("#Input_NoPersonalDataOfDisplacedPeople");
        await moderator.CheckAsync("#Input_ConsentForPhotosOfPeople");
        await ShotAsync(moderator, "workflow-08-diff-and-checklist");
        await moderator.ClickAsync("button[value=Publish]");
        await moderator.WaitForAddressAsync(url => url.EndsWith("/moderation", StringComparison.Ordinal));

        await participant.GotoAsync($"/my/practices/{id}");
        await ShotAsync(participant, "workflow-09-published-timeline");
        Assert.Contains("Publicada", await participant.TextContentAsync(".practice-header"));
        await participant.GotoAsync("/");
        Assert.Contains(title, await participant.ContentAsync());

        using var scope = fixture.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(PracticeState.Published, db.Practices.Single(p => p.Id == id).State);
        Assert.Empty(participantErrors);
        Assert.Empty(moderatorErrors);
    }

    [Fact]
    public async Task Typing_survives_a_reload_before_it_reached_the_server()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.RefugeeLed);
        await page.GotoAsync("/my/practices/new");
        await page.FillAsync("#Input_Title", "Borrador que no se pierde");
        await page.ClickAsync("button[value=save]");
        // The confirmation of the full save, not the URL (an autosave may already have moved the URL to /edit).
        await page.WaitForSelectorAsync("main > .alert-success");

        // The connection to the server is lost: the autosave fails, the browser keeps the copy.
        await page.RouteAsync("**/draft", route => route.AbortAsync("internetdisconnected"));
        await page.FillAsync("#Input_Summary", "Texto escrito sin conexión");
        await page.WaitForFunctionAsync("() => /conexión|navegador/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        await page.ReloadAsync();
        await page.UnrouteAllAsync();

        await page.WaitForSelectorAsync("#restore-offer:not([hidden])");
        await ShotAsync(page, "workflow-10-restore-offer");
        Assert.Equal("", await page.InputValueAsync("#Input_Summary"));
        await page.ClickAsync("#restore-yes");
        Assert.Equal("Texto escrito sin conexión", await page.InputValueAsync("#Input_Summary"));

        // Back online, the autosave sends it to the server.
        await page.WaitForFunctionAsync("() => /guardado automáticamente/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        using var scope = fixture.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Contains(db.Practices.Where(p => p.Title == "Borrador que no se pierde").Select(p => p.Summary).ToList(), s => s == "Texto escrito sin conexión");
        Assert.DoesNotContain(errors, e => !e.Contains("Failed to load resource", StringComparison.Ordinal) && !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_during_an_expired_sign_in_reaches_the_server_once_signed_in_again()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.RefugeeLed);
        await page.GotoAsync("/my/practices/new");
        await page.FillAsync("#Input_Title", "Borrador con la sesión caducada");
        await page.ClickAsync("button[value=save]");
        await page.WaitForSelectorAsync("main > .alert-success");

        // The sign-in expires: the authentication cookie is gone, the page does not know.
        foreach (var cookie in (await context.CookiesAsync()).Where(c => c.Name.EndsWith("mirps-auth", StringComparison.Ordinal)))
        {
            await context.ClearCookiesAsync(new BrowserContextClearCookiesOptions { Name = cookie.Name });
        }
        await page.FillAsync("#Input_Summary", "Texto escrito con la sesión caducada");
        await page.WaitForFunctionAsync("() => /navegador/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });

        // Signed in again in another tab: the form's next autosave sends what was typed, without a reload.
        var other = await context.NewPageAsync();
        await fixture.SignInAsync(other, Roles.RefugeeLed);
        await page.WaitForFunctionAsync("() => /guardado automáticamente/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        using var scope = fixture.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Contains(db.Practices.Where(p => p.Title == "Borrador con la sesión caducada").Select(p => p.Summary).ToList(), s => s == "Texto escrito con la sesión caducada");
        Assert.DoesNotContain(errors, e => !e.Contains("Failed to load resource", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_made_while_an_autosave_is_on_its_way_is_sent_once_it_answers_even_without_a_button()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.RefugeeLed);
        await page.GotoAsync("/my/practices/new");
        await page.FillAsync("#Input_Title", "Borrador enviado con Intro");
        await page.ClickAsync("button[value=save]");
        await page.WaitForSelectorAsync("main > .alert-success");

        // A slow server: the autosave is still on its way when the form is posted by script (no submitter, like some Enter keys).
        await page.RouteAsync("**/draft", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        await page.FillAsync("#Input_Summary", "Texto enviado durante un autoguardado");
        await page.WaitForFunctionAsync("() => document.getElementById('autosave-status').textContent.length > 0 && !/guardado automáticamente/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        await page.EvaluateAsync("() => { document.querySelectorAll('main > .alert-success').forEach(a => a.remove()); document.getElementById('practice-form').requestSubmit(); }");

        try
        {
            await page.WaitForSelectorAsync("main > .alert-success", new PageWaitForSelectorOptions { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not posted: {page.Url} status \"{await page.TextContentAsync("#autosave-status")}\" errors {string.Join(" | ", errors)} invalid {await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('.input-validation-error, .field-validation-error')).map(e => (e.name || e.id) + ':' + e.textContent).join(', ')")}");
        }
        using var scope = fixture.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Contains(db.Practices.Where(p => p.Title == "Borrador enviado con Intro").Select(p => p.Summary).ToList(), s => s == "Texto enviado durante un autoguardado");
        Assert.DoesNotContain(errors, e => !e.Contains("Failed to load resource", StringComparison.Ordinal));
    }
}
