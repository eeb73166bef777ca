using System.Net;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Imports;

/// <summary>
/// Issue 15 item 1: the Word template downloaded from "My practices", filled programmatically inside its boxes, uploaded
/// through the real form (multipart, antiforgery token from the page) becomes a draft of the uploader with every field.
/// </summary>
public sealed class TemplateImportTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private async Task<(HttpClient Client, byte[] Template)> TemplateAsync(string language)
    {
        var client = await factory.SignedInAsync(Roles.CivilSociety);
        var download = await client.GetAsync($"/my/practices/template?lang={language}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ImportFiles.DocxType, download.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith($"-v{PracticeFields.TemplateVersion}-{language}.docx", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        return (client, await download.Content.ReadAsByteArrayAsync());
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] docx, string fileName, string culture = "es") =>
        client.UploadAsync("/my/practices", $"/my/practices/import?culture={culture}", docx, fileName, ImportFiles.DocxType);

    private Task<Practice> NewestDraftAsync(string title) => factory.WithDbAsync(db => db.Practices.AsNoTracking()
        .Include(p => p.Countries).Include(p => p.SubnationalAreas).Include(p => p.StrategyAreas).Include(p => p.Populations).Include(p => p.Organisations)
        .Include(p => p.Mechanisms).Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks)
        .SingleAsync(p => p.Title == title));

    private Task<int> OrganisationAsync(string acronym) => factory.WithDbAsync(db => db.Organisations.Where(o => o.Acronym == acronym).Select(o => o.Id).SingleAsync());

    /// <summary>Every field of the template, written the way a person in that language would (labels, codes, local formats).</summary>
    private static Dictionary<string, string> Filled(string language, string title) => language == "es"
        ? new()
        {
            ["Title"] = title,
            ["Summary"] = "Una ventanilla única vincula a personas refugiadas con empleadores.",
            ["Language"] = "es",
            ["Countries"] = "Costa Rica; Panamá",
            ["SubnationalAreas"] = "Alajuela; CR-C",
            ["Locality"] = "Los Laureles",
            ["StartDate"] = "1/2/2024",
            ["EndDate"] = "2025-12-31",
            ["ImplementationStatus"] = "Finalizada",
            ["StrategyAreas"] = "Vinculación de la oferta y la demanda laboral",
            ["Populations"] = "Personas refugiadas\nComunidades de acogida",
            ["Organisations"] = "Ministerio de Trabajo (Lidera)\nINFT",
            ["Mechanisms"] = "Ventanilla única",
            ["Context"] = "Llegada sostenida de personas refugiadas.",
            ["Description"] = "Primera parte de la descripción.\nSegunda parte de la descripción.",
            ["Results"] = "Cuatro oficinas abiertas.",
            ["PeopleReached"] = "1.200",
            ["WomenReached"] = "700",
            ["PeoplePlacedInJobs"] = "310",
            ["PeopleTrained"] = "450",
            ["BusinessesStarted"] = "12",
            ["QualificationsRecognised"] = "80",
            ["AgeGenderDiversityApproach"] = "Horarios compatibles con el cuidado.",
            ["Challenges"] = "Documentación incompleta.",
            ["LessonsLearned"] = "Acordar por escrito quién hace qué.",
            ["ReplicationConditions"] = "Un servicio de empleo con presencia local.",
            ["SustainabilityAndFunding"] = "Presupuesto municipal desde 2025.",
        }
        : new()
        {
            ["Title"] = title,
            ["Summary"] = "A one-stop shop links refugees with employers.",
            ["Language"] = "English",
            ["Countries"] = "CR, PA",
            ["SubnationalAreas"] = "CR-A, cr-c",
            ["Locality"] = "Los Laureles",
            ["StartDate"] = "2024-02-01",
            ["EndDate"] = "2025-12-31",
            ["ImplementationStatus"] = "Completed",
            ["StrategyAreas"] = "JobMatching",
            ["Populations"] = "Refugees | Host communities",
            ["Organisations"] = "mtpl [Lead]; Instituto Nacional de Formacion Tecnica",
            ["Mechanisms"] = "One-stop shop",
            ["Context"] = "Steady arrival of refugees.",
            ["Description"] = "First part of the description.\nSecond part of the description.",
            ["Results"] = "Four offices opened.",
            ["PeopleReached"] = "1,200",
            ["WomenReached"] = "700",
            ["PeoplePlacedInJobs"] = "310",
            ["PeopleTrained"] = "450",
            ["BusinessesStarted"] = "12",
            ["QualificationsRecognised"] = "80",
            ["AgeGenderDiversityApproach"] = "Opening hours compatible with care work.",
            ["Challenges"] = "Incomplete documents.",
            ["LessonsLearned"] = "Agree in writing who does what.",
            ["ReplicationConditions"] = "An employment service present locally.",
            ["SustainabilityAndFunding"] = "Municipal budget from 2025.",
        };

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task A_filled_template_in_each_language_imports_every_field_into_a_draft_of_the_uploader(string language)
    {
        var (client, template) = await TemplateAsync(language);
        var title = $"Plantilla {language} " + Guid.NewGuid().ToString("N")[..8];
        var values = Filled(language, title);
        Assert.Equal(ImportFiles.AllKeys.Order(), values.Keys.Order());

        var response = await ImportAsync(client, ImportFiles.Fill(template, values), $"práctica-{language}.docx", language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(language == "es" ? $"Se creó el borrador «{title}» a partir de «práctica-es.docx»" : $"The draft &quot;{title}&quot; was created from &quot;práctica-en.docx&quot;", page);
        Assert.Contains(language == "es" ? $"Campos importados ({PracticeFields.All.Count})" : $"Fields imported ({PracticeFields.All.Count})", page);
        Assert.DoesNotContain("import-problems", page);
        Assert.DoesNotContain("import-unknown", page);

        var practice = await NewestDraftAsync(title);
        Assert.Equal(PracticeState.Draft, practice.State);
        var content = PracticeContent.From(practice);
        var english = language == "en";
        Assert.Equal(english ? "A one-stop shop links refugees with employers." : "Una ventanilla única vincula a personas refugiadas con empleadores.", content.Summary);
        Assert.Equal(language, content.Language);
        Assert.Equal(["CR", "PA"], content.Countries);
        Assert.Equal(["CR-A", "CR-C"], content.SubnationalAreas);
        Assert.Equal("Los Laureles", content.Locality);
        Assert.Equal(new DateOnly(2024, 2, 1), content.StartDate);
        Assert.Equal(new DateOnly(2025, 12, 31), content.EndDate);
        Assert.Equal(ImplementationStatus.Completed, content.ImplementationStatus);
        Assert.Equal([StrategyArea.JobMatching], content.StrategyAreas);
        Assert.Equal([Population.Refugees, Population.HostCommunities], content.Populations.Order());
        var mtpl = await OrganisationAsync("MTPL");
        var inft = await OrganisationAsync("INFT");
        Assert.Equal([new OrganisationLink(mtpl, ParticipationRole.Lead), new OrganisationLink(inft, ParticipationRole.Partner)], content.Organisations);
        Assert.Equal([CoordinationMechanism.OneStopShop], content.Mechanisms.Select(m => m.Mechanism));
        Assert.Equal(values["Context"], content.Context);
        Assert.Contains(english ? "First part" : "Primera parte", content.Description);
        Assert.Contains(english ? "Second part" : "Segunda parte", content.Description);
        Assert.Equal(values["Results"], content.Results);
        Assert.Equal(1200, content.PeopleReached);
        Assert.Equal(700, content.WomenReached);
        Assert.Equal(310, content.PeoplePlacedInJobs);
        Assert.Equal(450, content.PeopleTrained);
        Assert.Equal(12, content.BusinessesStarted);
        Assert.Equal(80, content.QualificationsRecognised);
        Assert.Equal(values["AgeGenderDiversityApproach"], content.AgeGenderDiversityApproach);
        Assert.Equal(values["Challenges"], content.Challenges);
        Assert.Equal(values["LessonsLearned"], content.LessonsLearned);
        Assert.Equal(values["ReplicationConditions"], content.ReplicationConditions);
        Assert.Equal(values["SustainabilityAndFunding"], content.SustainabilityAndFunding);

        // The draft is the uploader's, ready to edit; its timeline says which file it came from.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/my/practices/{practice.Id}/edit")).StatusCode);
        var timeline = await client.GetStringAsync($"/my/practices/{practice.Id}?culture=es");
        Assert.Contains($"importó la práctica del archivo «práctica-{language}.docx»", timeline);
        var timelineEn = await client.GetStringAsync($"/my/practices/{practice.Id}?culture=en");
        Assert.Contains($"imported the practice from the file &quot;práctica-{language}.docx&quot;", timelineEn);

        // The same file posted again finds the same draft: no duplicate.
        var again = await ImportAsync(client, ImportFiles.Fill(template, values), $"práctica-{language}.docx", language);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task A_template_with_a_broken_date_imports_the_rest_and_names_the_date_field()
    {
        var (client, template) = await TemplateAsync("es");
        var title = "Fecha rota " + Guid.NewGuid().ToString("N")[..8];
        var values = Filled("es", title);
        values["StartDate"] = "31/31/2024";

        var response = await ImportAsync(client, ImportFiles.Fill(template, values), "fecha.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("import-problems", page);
        Assert.Contains("<strong>Fecha de inicio</strong>: «31/31/2024» no es una fecha válida (use AAAA-MM-DD).", page);
        Assert.Contains($"Campos importados ({PracticeFields.All.Count - 1})", page);

        var content = PracticeContent.From(await NewestDraftAsync(title));
        Assert.Null(content.StartDate);
        Assert.Equal(new DateOnly(2025, 12, 31), content.EndDate);
        Assert.Equal(values["Results"], content.Results);
        Assert.Equal(["CR", "PA"], content.Countries);
    }

    [Fact]
    public async Task A_template_of_an_older_version_imports_what_it_has_and_names_what_is_unknown_or_missing()
    {
        var (client, template) = await TemplateAsync("en");
        var title = "Older template " + Guid.NewGuid().ToString("N")[..8];
        var values = Filled("en", title);
        values.Remove("LessonsLearned");
        var filled = ImportFiles.Fill(template, values);
        // Version 0: the lessons box still had its former tag, there was no "Results" box, and a "Budget" box this portal does not know.
        var older = ImportFiles.Edit(filled, body =>
        {
            foreach (var control in body.Descendants<SdtBlock>().ToList())
            {
                var tag = control.SdtProperties!.GetFirstChild<Tag>()!;
                if (tag.Val == PracticeTemplate.VersionTag)
                {
                    control.GetFirstChild<SdtContentBlock>()!.RemoveAllChildren();
                    control.GetFirstChild<SdtContentBlock>()!.Append(new Paragraph(new Run(new Text("Template version: 0"))));
                }
                else if (tag.Val == "Results")
                {
                    control.Remove();
                }
                else if (tag.Val == "LessonsLearned")
                {
                    control.InsertAfterSelf(ImportFiles.Control("Lessons", "Lessons", "Written lessons from version 0."));
                    control.Remove();
                }
            }
            body.Append(ImportFiles.Control("Budget", "Budget (USD)", "250000"));
        });

        var response = await ImportAsync(client, older, "old.docx", "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Template version: 0.", page);
        Assert.Contains("This template is from an earlier version (0; the current one is 1)", page);
        Assert.Contains("<li>Results</li>", page);
        Assert.Contains("import-unknown", page);
        Assert.Contains("Budget (USD) (Budget)", page);

        var content = PracticeContent.From(await NewestDraftAsync(title));
        Assert.Equal("Written lessons from version 0.", content.LessonsLearned);
        Assert.Equal("", content.Results);
        Assert.Equal(values["Challenges"], content.Challenges);
        Assert.Equal(1200, content.PeopleReached);
    }

    [Fact]
    public async Task A_word_document_that_is_not_the_template_is_refused_with_a_message_and_creates_nothing()
    {
        var (client, template) = await TemplateAsync("es");
        var plain = ImportFiles.Edit(template, body => body.Descendants<SdtBlock>().ToList().ForEach(c => c.Remove()));
        var before = await factory.WithDbAsync(db => db.Practices.CountAsync());

        var response = await ImportAsync(client, plain, "carta.docx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/my/practices#import", response.Headers.Location!.OriginalString);
        Assert.Contains("no es la plantilla", await client.GetStringAsync("/my/practices"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Practices.CountAsync()));
    }
}
