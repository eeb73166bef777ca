using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Imports;

/// <summary>
/// Issue 15 item 2 through the real moderator screens: upload, map columns (remembered), preview, confirm, background
/// import with progress; the CSV export round-trips, a re-import creates nothing twice, failed rows are listed and
/// re-imported alone, and 5,000 rows import in the background while the server keeps answering.
/// </summary>
public sealed partial class BulkImportTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private const string CsvType = "text/csv";

    private async Task<HttpClient> ModeratorAsync() => await factory.SignedInAsync(Roles.Moderator);

    /// <summary>Uploads a file; returns the batch id from the redirect to its mapping page.</summary>
    private static async Task<Guid> UploadAsync(HttpClient moderator, byte[] content, string fileName, string type = CsvType)
    {
        var response = await moderator.UploadAsync("/moderation/imports", "/moderation/imports", content, fileName, type);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = BatchUrl().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, "expected the mapping page, got " + response.Headers.Location);
        return Guid.Parse(match.Groups[1].Value);
    }

    /// <summary>Posts the mapping form as shown (the preselected field of every column), with the changes given.</summary>
    private static async Task<string> MapAsShownAsync(HttpClient moderator, Guid id, Dictionary<int, string>? changes = null)
    {
        var page = await moderator.GetStringAsync($"/moderation/imports/{id}/mapping");
        // The form carries its own token (not only the layout's sign-out form).
        Assert.Matches(new Regex("class=\"bulk-mapping\">(?:(?!</form>).)*name=\"__RequestVerificationToken\"", RegexOptions.Singleline), page);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", TestClientExtensions.ExtractAntiforgeryToken(page)!) };
        foreach (Match select in SelectRegex().Matches(page))
        {
            var index = int.Parse(select.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var selected = SelectedRegex().Match(select.Groups[2].Value);
            var value = changes is not null && changes.TryGetValue(index, out var changed) ? changed : selected.Success ? selected.Groups[1].Value : "";
            fields.Add(new($"Fields[{index}]", value));
        }
        var response = await moderator.PostAsync($"/moderation/imports/{id}/mapping", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/moderation/imports/{id}/preview", response.Headers.Location!.OriginalString);
        return page;
    }

    /// <summary>Confirms the import from the preview page, choosing as owner the team member with that e-mail in the list shown.</summary>
    private static async Task<string> StartAsync(HttpClient moderator, Guid id, string? ownerEmail = null)
    {
        var preview = await moderator.GetStringAsync($"/moderation/imports/{id}/preview");
        Assert.Matches(new Regex("/start\" class=[^>]*>(?:(?!</form>).)*name=\"__RequestVerificationToken\"", RegexOptions.Singleline), preview);
        var response = await moderator.PostAsync($"/moderation/imports/{id}/start", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", TestClientExtensions.ExtractAntiforgeryToken(preview)!), new("OwnerId", OwnerOption(preview, ownerEmail ?? OwnerEmail))]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/moderation/imports/{id}", response.Headers.Location!.OriginalString);
        return preview;
    }

    private async Task<ImportBatch> FinishedAsync(Guid id, TimeSpan timeout, Action<ImportBatch>? observe = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var batch = await factory.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id));
            observe?.Invoke(batch);
            if (batch.IsFinished)
            {
                return batch;
            }
            Assert.True(clock.Elapsed < timeout, $"import not finished after {timeout}: {batch.ProcessedRows}/{batch.TotalRows}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task The_catalogue_csv_export_imports_back_into_the_same_practices_and_a_second_import_creates_none()
    {
        var moderator = await ModeratorAsync();
        var export = await factory.CreateClient().GetByteArrayAsync("/catalogue/export.csv");
        // The drafts belong to the team member chosen on confirming (only participants can edit and submit drafts).
        var ownerId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == OwnerEmail).Select(u => u.Id).SingleAsync());
        var published = await factory.WithDbAsync(db => Load(db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)).ToListAsync());
        Assert.NotEmpty(published);
        // The export's adm1_codes column (subnational areas) is part of the round trip.
        Assert.Contains(published, p => p.SubnationalAreas.Count > 0);

        var id = await UploadAsync(moderator, export, "catalogo.csv");
        var mapping = await MapAsShownAsync(moderator, id);
        Assert.Contains("<option value=\"Title\" selected=\"selected\">", mapping);
        Assert.Contains("<option value=\"SourceId\" selected=\"selected\">", mapping);
        var preview = await StartAsync(moderator, id);
        Assert.Contains($"{published.Count} se importarán, 0 tienen errores y 0 ya se importaron antes", preview);

        var batch = await FinishedAsync(id, TimeSpan.FromMinutes(2));
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        Assert.Equal((published.Count, 0, 0), (batch.CreatedRows, batch.SkippedRows, batch.FailedRows));

        var imported = await factory.WithDbAsync(db => Load(db.Practices.Where(p => p.SubmitterId == ownerId && p.State == PracticeState.Draft)).ToListAsync());
        foreach (var original in published)
        {
            var copy = Assert.Single(imported, p => p.Title == original.Title);
            var (a, b) = (PracticeContent.From(original), PracticeContent.From(copy));
            Assert.Equal((a.Summary, a.Language, a.Locality, a.StartDate, a.EndDate, a.ImplementationStatus), (b.Summary, b.Language, b.Locality, b.StartDate, b.EndDate, b.ImplementationStatus));
            Assert.Equal(a.Countries, b.Countries);
            Assert.Equal(a.SubnationalAreas, b.SubnationalAreas);
            Assert.Equal(a.StrategyAreas, b.StrategyAreas);
            Assert.Equal(a.Populations, b.Populations);
            Assert.Equal(a.Mechanisms.Select(m => m.Mechanism), b.Mechanisms.Select(m => m.Mechanism));
            Assert.Equal(a.Organisations.Select(o => o.OrganisationId).Order(), b.Organisations.Select(o => o.OrganisationId).Order());
            Assert.Equal((a.PeopleReached, a.WomenReached, a.PeoplePlacedInJobs, a.PeopleTrained, a.BusinessesStarted, a.QualificationsRecognised),
                (b.PeopleReached, b.WomenReached, b.PeoplePlacedInJobs, b.PeopleTrained, b.BusinessesStarted, b.QualificationsRecognised));
        }

        // The same file again: every row is recognised by its id, nothing is created.
        var again = await UploadAsync(moderator, export, "catalogo.csv");
        await MapAsShownAsync(moderator, again);
        var secondPreview = await StartAsync(moderator, again);
        Assert.Contains($"0 se importarán, 0 tienen errores y {published.Count} ya se importaron antes", secondPreview);
        var second = await FinishedAsync(again, TimeSpan.FromMinutes(1));
        Assert.Equal((0, published.Count), (second.CreatedRows, second.SkippedRows));
        Assert.Equal(imported.Count, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.SubmitterId == ownerId && p.State == PracticeState.Draft)));
    }

    [Fact]
    public async Task A_failed_row_is_listed_with_its_reason_and_is_imported_alone_once_fixed_and_the_mapping_is_remembered()
    {
        var moderator = await ModeratorAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        string File(string brokenDate) => $"Nombre de la práctica,Países,Inicio,Organizaciones\r\nFerias {tag},CR,2024-03-01,INFT\r\nMentorías {tag},PA,{brokenDate},Ministerio de Trabajo\r\n";

        var id = await UploadAsync(moderator, Encoding.UTF8.GetBytes(File("31/31/2024")), "ferias.csv");
        // The headers are the team's own: the moderator maps them once.
        await MapAsShownAsync(moderator, id, new Dictionary<int, string> { [0] = "Title", [1] = "Countries", [2] = "StartDate", [3] = "Organisations" });
        var preview = await StartAsync(moderator, id);
        Assert.Contains("1 se importarán, 1 tienen errores", preview);
        Assert.Contains("<strong>Fecha de inicio</strong>: «31/31/2024» no es una fecha válida", preview);
        Assert.Contains("Ministerio de Trabajo → Ministerio de Trabajo y Previsión Laboral", preview);
        var batch = await FinishedAsync(id, TimeSpan.FromMinutes(1));
        Assert.Equal((1, 0, 1), (batch.CreatedRows, batch.SkippedRows, batch.FailedRows));
        var progress = await moderator.GetStringAsync($"/moderation/imports/{id}");
        Assert.Contains("Fila 3:", progress);
        Assert.Contains($"Mentorías {tag}", progress);
        Assert.Contains("Fecha de inicio: «31/31/2024» no es una fecha válida", progress);

        var first = await factory.WithDbAsync(db => db.Practices.SingleAsync(p => p.Title == $"Ferias {tag}"));
        var origin = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.EntityId == origin && e.Details == "imported from file ferias.csv, row 2")));
        Assert.Equal(("ferias.csv", (int?)2), PracticeEditDetails.ImportedSource("ferias.csv, row 2"));

        // The corrected file: the mapping page remembers the moderator's choices; only the fixed row is created.
        var fixedId = await UploadAsync(moderator, Encoding.UTF8.GetBytes(File("2024-05-01")), "ferias-corregido.csv");
        var mapping = await MapAsShownAsync(moderator, fixedId);
        Assert.Matches("name=\"Fields\\[0\\]\">(?:(?!</select>).)*<option value=\"Title\" selected=\"selected\">", mapping.ReplaceLineEndings(" "));
        await StartAsync(moderator, fixedId);
        var fixedBatch = await FinishedAsync(fixedId, TimeSpan.FromMinutes(1));
        Assert.Equal((1, 1, 0), (fixedBatch.CreatedRows, fixedBatch.SkippedRows, fixedBatch.FailedRows));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == $"Ferias {tag}")));
        var mentoring = await factory.WithDbAsync(db => db.Practices.Include(p => p.Organisations).SingleAsync(p => p.Title == $"Mentorías {tag}"));
        Assert.Equal(new DateOnly(2024, 5, 1), mentoring.StartDate);
        Assert.Single(mentoring.Organisations);
    }

    [Fact]
    public async Task Imported_drafts_belong_to_the_team_member_chosen_or_named_in_the_row_who_edits_and_submits_them()
    {
        var moderator = await ModeratorAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var other = TestClientExtensions.DemoEmail(Roles.LocalGovernanceTeam);
        // adm1_codes (subnational areas) is mapped and checked against the row's countries; an unknown column after it (for
        // example another branch's building blocks) is ignored and named in the preview.
        var csv = $"title,countries,start_date,owner_email,adm1_codes,building_blocks\r\nVentanilla {tag},CR,2024-03-01,,CR-A | CR-C,x\r\n"
            + $"Ferias {tag},PA,2024-04-01,{other.ToUpperInvariant()},,\r\nTalleres {tag},PA,2024-05-01,nadie@example.org,CR-A,\r\n";
        var id = await UploadAsync(moderator, Encoding.UTF8.GetBytes(csv), "equipos.csv");
        var mapping = await MapAsShownAsync(moderator, id);
        Assert.Contains("<option value=\"OwnerEmail\" selected=\"selected\">Correo del responsable</option>", mapping);

        var preview = await moderator.GetStringAsync($"/moderation/imports/{id}/preview");
        Assert.Contains("2 se importarán, 1 tienen errores", preview);
        Assert.Contains("<label class=\"form-label\" for=\"import-owner\">Miembro del equipo propietario de los borradores</label>", preview);
        Assert.Contains("<strong>Correo del responsable</strong>: «nadie@example.org» no es el correo de un miembro activo de un equipo participante", preview);
        Assert.Contains("<td>El miembro elegido</td>", preview);
        Assert.Contains("Columnas que no se importan (no corresponden a ningún campo): building_blocks.", preview);
        Assert.Contains("<strong>Áreas subnacionales</strong>: «CR-A» no está en la lista de valores posibles.", preview);
        // The moderator is offered no moderator, only participants.
        Assert.DoesNotContain(TestClientExtensions.DemoEmail(Roles.Moderator), preview);

        // Confirming without an owner, or with someone who is not a participant, queues nothing and says why.
        var token = TestClientExtensions.ExtractAntiforgeryToken(preview)!;
        var moderatorId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(Roles.Moderator)).Select(u => u.Id).SingleAsync());
        foreach (var (owner, message) in new[] { ("", "Elija el miembro del equipo que será propietario de los borradores."), (moderatorId, "La persona elegida no es un miembro activo de un equipo participante") })
        {
            var refused = await moderator.PostAsync($"/moderation/imports/{id}/start", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("OwnerId", owner)]));
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal($"/moderation/imports/{id}/preview", refused.Headers.Location!.OriginalString);
            Assert.Contains(message, await moderator.GetStringAsync($"/moderation/imports/{id}/preview"));
            Assert.Equal(ImportBatchStatus.Mapping, await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == id).Select(b => b.Status).SingleAsync()));
        }

        await StartAsync(moderator, id);
        var batch = await FinishedAsync(id, TimeSpan.FromMinutes(1));
        Assert.Equal((2, 0, 1), (batch.CreatedRows, batch.SkippedRows, batch.FailedRows));
        var (ownerId, otherId) = await factory.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == OwnerEmail).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == other).Select(u => u.Id).SingleAsync()));
        var chosen = await factory.WithDbAsync(db => db.Practices.SingleAsync(p => p.Title == $"Ventanilla {tag}"));
        Assert.Equal((ownerId, PracticeState.Draft), (chosen.SubmitterId, chosen.State));
        Assert.Equal(["CR-A", "CR-C"], await factory.WithDbAsync(db => db.PracticeSubnationalAreas.Where(a => a.PracticeId == chosen.Id).Select(a => a.Code).OrderBy(c => c).ToListAsync()));
        Assert.Equal(otherId, await factory.WithDbAsync(db => db.Practices.Where(p => p.Title == $"Ferias {tag}").Select(p => p.SubmitterId).SingleAsync()));
        Assert.Contains("Fila 4:", await moderator.GetStringAsync($"/moderation/imports/{id}"));

        // The owner finds the draft under "My practices", completes it and submits it for review.
        var team = await factory.SignedInAsync(Roles.EmploymentTeam);
        Assert.Contains($"Ventanilla {tag}", await team.GetStringAsync("/my/practices"));
        var saved = await team.SaveAsync(chosen.Id, WorkflowClient.CompletePractice($"Ventanilla {tag} completa", await factory.AnyApprovedOrganisationIdAsync()), "submit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var submitted = await factory.WithDbAsync(db => db.Practices.AsNoTracking().SingleAsync(p => p.Id == chosen.Id));
        Assert.Equal((PracticeState.Submitted, $"Ventanilla {tag} completa", ownerId), (submitted.State, submitted.Title, submitted.SubmitterId));
        var origin = chosen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.EntityId == origin && e.Details == "imported from file equipos.csv, row 2")));
    }

    [Fact]
    public async Task An_organisation_missing_from_the_directory_is_proposed_from_the_preview_and_the_rows_link_it()
    {
        var moderator = await ModeratorAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"title,countries,organisations\r\nAlianza {tag},GT,Fundación Puente {tag} (FP{tag})\r\nRed {tag},GT,fundacion puente {tag}\r\n";
        var id = await UploadAsync(moderator, Encoding.UTF8.GetBytes(csv), "alianzas.csv");
        await MapAsShownAsync(moderator, id);

        var preview = await moderator.GetStringAsync($"/moderation/imports/{id}/preview");
        Assert.Contains("0 se importarán, 2 tienen errores", preview);
        // Offered once (both rows name it), prefilled from the first row: name, acronym and the row's country.
        Assert.Single(Regex.Matches(preview, "action=\"/moderation/imports/[^\"]+/organisations\""));
        Assert.Contains($"value=\"Fundación Puente {tag}\"", System.Net.WebUtility.HtmlDecode(preview));
        Assert.Contains($"value=\"FP{tag}\"", preview);
        Assert.Contains("<option value=\"GT\" selected=\"selected\">", preview);

        var token = TestClientExtensions.ExtractAntiforgeryToken(preview)!;
        // Without a type of actor nothing is proposed and the moderator is told why.
        var refused = await moderator.PostAsync($"/moderation/imports/{id}/organisations", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Name", $"Fundación Puente {tag}"), new("CountryCode", "GT")]));
        Assert.Equal($"/moderation/imports/{id}/preview", refused.Headers.Location!.OriginalString);
        Assert.Contains("Elija el tipo de actor.", await moderator.GetStringAsync($"/moderation/imports/{id}/preview"));
        Assert.False(await factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == $"Fundación Puente {tag}")));

        var proposed = await moderator.PostAsync($"/moderation/imports/{id}/organisations", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Name", $"Fundación Puente {tag}"), new("Acronym", $"FP{tag}"), new("ActorType", "CivilSociety"), new("CountryCode", "GT")]));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var organisation = await factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == $"Fundación Puente {tag}"));
        Assert.Equal(($"FP{tag}", ActorType.CivilSociety, "GT", false), (organisation.Acronym, organisation.ActorType, organisation.CountryCode, organisation.IsApproved));

        var after = await moderator.GetStringAsync($"/moderation/imports/{id}/preview");
        Assert.Contains($"Se propuso la organización «Fundación Puente {tag}»", System.Net.WebUtility.HtmlDecode(after));
        Assert.Contains("2 se importarán, 0 tienen errores", after);
        Assert.DoesNotContain($"/moderation/imports/{id}/organisations", after);

        await StartAsync(moderator, id);
        var batch = await FinishedAsync(id, TimeSpan.FromMinutes(1));
        Assert.Equal((2, 0), (batch.CreatedRows, batch.FailedRows));
        var linked = await factory.WithDbAsync(db => db.Practices.Where(p => p.Title == $"Alianza {tag}" || p.Title == $"Red {tag}").SelectMany(p => p.Organisations.Select(o => o.OrganisationId)).ToListAsync());
        Assert.Equal([organisation.Id, organisation.Id], linked);
    }

    [Fact]
    public async Task Five_thousand_rows_import_in_the_background_with_progress_while_the_server_keeps_answering()
    {
        var moderator = await ModeratorAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = new StringBuilder("id,title,summary,countries,strategy_areas,start_date,people_reached\r\n");
        for (var row = 1; row <= 5000; row++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{tag}-{row},Práctica {tag} {row},Resumen de la fila {row},CR | PA,JobMatching,2024-01-15,{row}\r\n");
        }
        var id = await UploadAsync(moderator, Encoding.UTF8.GetBytes(csv.ToString()), "grande.csv");
        await MapAsShownAsync(moderator, id);
        await StartAsync(moderator, id);

        var seen = new SortedSet<int>();
        var pageChecked = false;
        var batch = await FinishedAsync(id, TimeSpan.FromMinutes(5), b =>
        {
            seen.Add(b.ProcessedRows);
            if (!pageChecked && b.Status == ImportBatchStatus.Running)
            {
                pageChecked = true;
                var started = Stopwatch.StartNew();
                var page = moderator.GetAsync($"/moderation/imports/{id}").GetAwaiter().GetResult();
                var health = factory.CreateClient().GetAsync("/health").GetAwaiter().GetResult();
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), "the server stopped answering during the import");
                var html = page.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (!html.Contains("Terminada", StringComparison.Ordinal))
                {
                    Assert.Equal("2", page.Headers.GetValues("Refresh").Single());
                    Assert.Contains("de 5000 filas procesadas", html);
                }
            }
        });
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        Assert.Equal((5000, 5000, 0), (batch.ProcessedRows, batch.CreatedRows, batch.FailedRows));
        Assert.Contains(seen, n => n is > 0 and < 5000);
        Assert.True(pageChecked, "the progress page was never seen while the import was running");
        Assert.Equal(5000, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title.StartsWith($"Práctica {tag} "))));

        var done = await moderator.GetAsync($"/moderation/imports/{id}");
        Assert.False(done.Headers.Contains("Refresh"));
        Assert.Contains("5000 de 5000 filas procesadas: 5000 creadas", await done.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_xlsx_with_an_external_entity_or_a_word_document_is_refused_with_a_clear_message()
    {
        var moderator = await ModeratorAsync();
        var xxe = ExternalEntityXlsx();
        foreach (var (content, name, message) in new[]
        {
            (xxe, "xxe.xlsx", "contiene definiciones de entidades XML externas (DTD)"),
            (Array.Empty<byte>(), "vacío.csv", "No se recibió ningún archivo, o está vacío."),
            ("%PDF-1.4\n%%EOF"u8.ToArray(), "hoja.csv", "Tipo de archivo no admitido: suba una hoja de cálculo .xlsx o un archivo CSV."),
        })
        {
            var response = await moderator.UploadAsync("/moderation/imports", "/moderation/imports", content, name, CsvType);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/moderation/imports", response.Headers.Location!.OriginalString);
            Assert.Contains(message, await moderator.GetStringAsync("/moderation/imports"));
        }
        Assert.False(await factory.WithDbAsync(db => db.ImportBatches.AnyAsync(b => b.FileName == "xxe.xlsx")));
    }

    private static byte[] ExternalEntityXlsx()
    {
        var valid = XlsxWriter.Write([["title"], ["x"]]);
        using var output = new MemoryStream();
        output.Write(valid);
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
            var body = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..] : xml;
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write("<?xml version=\"1.0\"?><!DOCTYPE worksheet [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>" + body);
        }
        return output.ToArray();
    }

    [Fact]
    public async Task Imported_as_published_with_the_batch_assessment_the_practices_are_published_and_found_in_the_catalogue()
    {
        var moderator = await ModeratorAsync();
        var tag = "pub" + Guid.NewGuid().ToString("N")[..8];
        var organisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved && o.MergedIntoId == null).OrderBy(o => o.Id).Select(o => o.Name).FirstAsync());
        // Two rows as complete as a submission through the form; the third lacks most of it and is listed, not published.
        const string header = "title,countries,summary,language,start_date,implementation_status,strategy_areas,populations,organisations,context,description,results,"
            + "age_gender_diversity_approach,challenges,lessons_learned,replication_conditions,sustainability_and_funding";
        string Complete(string title, string country) =>
            $"{title},{country},Resumen {tag},es,2024-02-01,Ongoing,JobMatching,Refugees,\"{organisation}\",Contexto,Descripción,Resultados,Enfoque,Retos,Lecciones,Condiciones,Sostenibilidad";
        var csv = $"{header}\r\n{Complete($"Mercado {tag}", "PA")}\r\n{Complete($"Taller {tag}", "CR")}\r\nIncompleta {tag},GT,Solo un resumen,,,,,,,,,,,,,,\r\n";
        var id = await UploadAsync(moderator, Encoding.UTF8.GetBytes(csv), "publicadas.csv");
        await MapAsShownAsync(moderator, id);
        var preview = await moderator.GetStringAsync($"/moderation/imports/{id}/preview");
        Assert.Contains("id=\"import-mode-draft\" name=\"Publish\" value=\"false\" checked=\"checked\"", preview);
        var token = TestClientExtensions.ExtractAntiforgeryToken(preview)!;
        var owner = OwnerOption(preview, OwnerEmail);

        // "As published" without the safeguarding check is refused with the reason, nothing is queued and nothing typed is lost.
        var refused = await moderator.PostAsync($"/moderation/imports/{id}/start", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("OwnerId", owner), new("Publish", "true"), new("Criteria[0].Criterion", "AnswersNeeds"), new("Criteria[0].IsMet", "true"), new("Criteria[0].Note", $"Nota {tag}")]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/moderation/imports/{id}/preview", refused.Headers.Location!.OriginalString);
        var shown = await moderator.GetStringAsync($"/moderation/imports/{id}/preview");
        Assert.Contains("Para importar como publicadas, confirme la verificación de salvaguarda", System.Net.WebUtility.HtmlDecode(shown));
        Assert.Contains("id=\"import-mode-published\" name=\"Publish\" value=\"true\" checked=\"checked\"", shown);
        Assert.Contains($"<option value=\"{owner}\" selected=\"selected\">", shown);
        Assert.Contains($">Nota {tag}</textarea>", shown);
        var untouched = await factory.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id));
        Assert.Equal((ImportBatchStatus.Mapping, false), (untouched.Status, untouched.PublishOnImport));

        var started = await moderator.PostAsync($"/moderation/imports/{id}/start", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("OwnerId", owner), new("Publish", "true"),
             new("Criteria[0].Criterion", "AnswersNeeds"), new("Criteria[0].IsMet", "true"), new("Criteria[0].Note", $"Nota {tag}"),
             new("Criteria[1].Criterion", "Replicable"), new("Criteria[1].IsMet", "true"),
             new("NoPersonalDataOfDisplacedPeople", "true"), new("ConsentForPhotosOfPeople", "true"), new("SafeguardingNote", "Revisado en lote")]));
        Assert.Equal($"/moderation/imports/{id}", started.Headers.Location!.OriginalString);
        var batch = await FinishedAsync(id, TimeSpan.FromMinutes(1));
        Assert.Equal((ImportBatchStatus.Completed, true, 2, 1), (batch.Status, batch.PublishOnImport, batch.CreatedRows, batch.FailedRows));
        var incomplete = await factory.WithDbAsync(db => db.ImportRowFailures.AsNoTracking().SingleAsync(f => f.BatchId == id));
        Assert.Equal((4, $"Incompleta {tag}"), (incomplete.Row, incomplete.Title));
        Assert.Equal(["Context", "Description", "StartDate", "StrategyAreas", "Populations", "Organisations"],
            BulkRows.ParseReasons(incomplete.Reasons).Select(r => r.Field).Where(f => f is "Context" or "Description" or "StartDate" or "StrategyAreas" or "Populations" or "Organisations"));
        Assert.False(await factory.WithDbAsync(db => db.Practices.AnyAsync(p => p.Title == $"Incompleta {tag}")));
        var progress = System.Net.WebUtility.HtmlDecode(await moderator.GetStringAsync($"/moderation/imports/{id}"));
        Assert.Contains($"Incompleta {tag}", progress);
        Assert.Contains("Se importan como publicadas, con la evaluación del lote", progress);
        Assert.Contains("Revisado en lote", batch.PublicationAssessmentJson);

        var ownerId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == OwnerEmail).Select(u => u.Id).SingleAsync());
        var practices = await factory.WithDbAsync(db => db.Practices.AsNoTracking().Include(p => p.Criteria).Where(p => p.Title.EndsWith(tag)).ToListAsync());
        Assert.All(practices, p => Assert.Equal(("Contexto", "Sostenibilidad"), (p.Context, p.SustainabilityAndFunding)));
        Assert.Equal(2, practices.Count);
        foreach (var practice in practices)
        {
            Assert.Equal((PracticeState.Published, ownerId), (practice.State, practice.SubmitterId));
            Assert.Equal([(GoodPracticeCriterion.AnswersNeeds, true), (GoodPracticeCriterion.BuiltInPartnership, false), (GoodPracticeCriterion.AgeGenderDiversity, false),
                (GoodPracticeCriterion.SustainedEffect, false), (GoodPracticeCriterion.Replicable, true), (GoodPracticeCriterion.EfficientUseOfResources, false)],
                practice.Criteria.OrderBy(c => c.Criterion).Select(c => (c.Criterion, c.IsMet)));
            Assert.Equal($"Nota {tag}", practice.Criteria.Single(c => c.Criterion == GoodPracticeCriterion.AnswersNeeds).Note);
            var check = await factory.WithDbAsync(db => db.PracticeSafeguardingChecks.AsNoTracking().SingleAsync(c => c.PracticeId == practice.Id));
            Assert.Equal((true, true, "Revisado en lote"), (check.NoPersonalDataOfDisplacedPeople, check.ConsentForPhotosOfPeople, check.Note));
            // The audit trail keeps the import's origin and shows the normal path: submitted, then published.
            var key = practice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var trail = await factory.WithDbAsync(db => db.AuditLog.Where(e => e.EntityId == key).Select(e => e.Details).ToListAsync());
            Assert.Contains(trail, d => d != null && d.StartsWith("imported from file publicadas.csv, row ", StringComparison.Ordinal));
            Assert.Contains(trail, d => d != null && d.StartsWith("Submit v", StringComparison.Ordinal));
            Assert.Contains(trail, d => d != null && d.StartsWith("Publish:", StringComparison.Ordinal));
        }

        // One act of the moderator, not two messages per row: nobody is mailed about these practices.
        Assert.DoesNotContain(factory.Emails.Messages, m => m.Subject.Contains(tag, StringComparison.Ordinal) || m.TextBody.Contains(tag, StringComparison.Ordinal));

        var catalogue = System.Net.WebUtility.HtmlDecode(await factory.CreateBrowserLikeClient().GetStringAsync($"/catalogue?q={tag}"));
        Assert.Contains($"Mercado {tag}", catalogue);
        Assert.Contains($"Taller {tag}", catalogue);
    }

    /// <summary>The default owner of the drafts in these tests: the demo employment team member.</summary>
    private static readonly string OwnerEmail = TestClientExtensions.DemoEmail(Roles.EmploymentTeam);

    private static string OwnerOption(string preview, string email)
    {
        var match = new Regex($"<option value=\"([^\"]+)\">[^<]*\\({Regex.Escape(email)}\\)</option>").Match(preview);
        Assert.True(match.Success, $"{email} is not offered as owner");
        return match.Groups[1].Value;
    }

    private static IQueryable<Practice> Load(IQueryable<Practice> practices) => practices.AsNoTracking()
        .Include(p => p.Countries).Include(p => p.SubnationalAreas).Include(p => p.StrategyAreas).Include(p => p.Populations).Include(p => p.Organisations).Include(p => p.Mechanisms)
        .Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks);

    [GeneratedRegex(@"^/moderation/imports/([0-9a-f-]{36})/mapping$")]
    private static partial Regex BatchUrl();

    [GeneratedRegex(@"<select[^>]*name=""Fields\[(\d+)\]""[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectRegex();

    [GeneratedRegex(@"<option value=""([^""]*)"" selected=""selected"">")]
    private static partial Regex SelectedRegex();
}
