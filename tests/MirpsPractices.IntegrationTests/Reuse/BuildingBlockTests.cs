using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>Building blocks (issue 13, item 1) through the form, autosave, review, publication, their page, search and facet.</summary>
public sealed partial class BuildingBlockTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private static List<KeyValuePair<string, string>> WithBlock(List<KeyValuePair<string, string>> fields, int index, string title, string description,
        string enabling, string transfer, params string[] actorTypes)
    {
        var result = fields
            .With($"Input.BuildingBlocks[{index}].Title", title)
            .With($"Input.BuildingBlocks[{index}].Description", description)
            .With($"Input.BuildingBlocks[{index}].EnablingFactors", enabling)
            .With($"Input.BuildingBlocks[{index}].TransferConditions", transfer)
            .Where(f => f.Key != $"Input.BuildingBlocks[{index}].ActorTypes").ToList();
        result.AddRange(actorTypes.Select(t => new KeyValuePair<string, string>($"Input.BuildingBlocks[{index}].ActorTypes", t)));
        return result;
    }

    private async Task<List<PracticeBuildingBlock>> BlocksAsync(int practiceId) =>
        await factory.WithDbAsync(db => db.PracticeBuildingBlocks.Where(b => b.PracticeId == practiceId).OrderBy(b => b.Position).ToListAsync());

    [Fact]
    public async Task Blocks_typed_in_the_form_survive_a_draft_save_an_autosave_and_a_reload()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var fields = WithBlock(WorkflowClient.CompletePractice("Componentes en borrador " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()),
            0, "Mesa local de intermediación", "Una mesa que reúne a empleadores y oficina municipal.", "Convenio firmado.", "Un municipio con oficina de empleo.",
            nameof(ActorType.LocalGovernment), nameof(ActorType.PrivateSector));
        var id = await owner.CreatePracticeAsync(fields, "save");
        var saved = Assert.Single(await BlocksAsync(id));
        Assert.Equal("LocalGovernment PrivateSector", saved.ActorTypeCodes);

        // The script's autosave posts the whole form: a second block appears, the first one changes and keeps its row.
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var token = TestClientExtensions.ExtractAntiforgeryToken(page)!;
        var typed = WithBlock(WithBlock(fields, 0, "Mesa local de intermediación laboral", "Una mesa que reúne a empleadores y oficina municipal.", "Convenio firmado.",
                "Un municipio con oficina de empleo.", nameof(ActorType.LocalGovernment)),
            1, "Ruta de certificación", "Certifica competencias.", "Instituto de formación aliado.", "Normas de competencia publicadas.", nameof(ActorType.Academia))
            .With("Input.ConcurrencyStamp", WorkflowClient.StampFrom(page)).With("Input.Intent", "save");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/my/practices/{id}/draft") { Content = new FormUrlEncodedContent(typed) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        request.Headers.Add("Accept", "application/json");
        var autosaved = await owner.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);

        var blocks = await BlocksAsync(id);
        Assert.Equal(["Mesa local de intermediación laboral", "Ruta de certificación"], blocks.Select(b => b.Title));
        Assert.Equal(saved.Id, blocks[0].Id);
        Assert.Equal("LocalGovernment", blocks[0].ActorTypeCodes);

        var reloaded = await owner.GetStringAsync($"/my/practices/{id}/edit?culture=en");
        Assert.Contains("name=\"Input.BuildingBlocks[0].Title\" value=\"Mesa local de intermediación laboral\"", reloaded);
        Assert.Contains("name=\"Input.BuildingBlocks[1].Title\" value=\"Ruta de certificación\"", reloaded);
        Assert.Matches("name=\"Input.BuildingBlocks\\[1\\]\\.ActorTypes\" value=\"Academia\" checked", reloaded);
        Assert.Contains("name=\"Input.BuildingBlocks[2].Title\" maxlength", reloaded);
        Assert.Contains("Add a building block", reloaded);
    }

    [Fact]
    public async Task Blocks_go_through_review_with_a_comment_of_their_own_are_published_with_the_practice_and_a_revision_updates_their_page()
    {
        var owner = await factory.SignedInAsync(Roles.LocalGovernanceTeam);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var anonymous = factory.CreateBrowserLikeClient();
        var title = "Práctica con componentes " + Guid.NewGuid().ToString("N")[..6];
        var fields = WithBlock(WithBlock(WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync()),
                0, "Ventanilla de empleo juvenil", "Atiende a jóvenes refugiados y de la comunidad.", "Personal formado.", "Un local municipal.", nameof(ActorType.LocalGovernment)),
            1, "Sello de empresa acogedora", "Reconoce a las empresas que contratan.", "Cámara aliada.", "Criterios públicos.", nameof(ActorType.PrivateSector));
        var id = await owner.CreatePracticeAsync(fields, "submit");

        var review = await moderator.GetStringAsync($"/moderation/practices/{id}?culture=en");
        Assert.Contains("Ventanilla de empleo juvenil", review);
        Assert.Contains("name=\"Input.FieldComments[BuildingBlocks]\"", review);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.DecideAsync(id, "RequestChanges", "Casi lista.",
            [new("Input.FieldComments[BuildingBlocks]", "Precisen quién financia el sello.")])).StatusCode);
        var form = await owner.GetStringAsync($"/my/practices/{id}/edit?culture=en");
        Assert.Contains("Precisen quién financia el sello.", form);

        await owner.SaveAsync(id, WithBlock(fields, 1, "Sello de empresa acogedora", "Reconoce a las empresas que contratan.", "Cámara aliada que lo financia.",
            "Criterios públicos.", nameof(ActorType.PrivateSector)), "submit");
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed())).StatusCode);
        Assert.Equal("Cámara aliada que lo financia.", (await BlocksAsync(id))[1].EnablingFactors);

        var practicePage = await anonymous.GetStringAsync($"/practices/{id}/{(await factory.PracticeAsync(id)).Slug}");
        Assert.Contains($"href=\"/practices/{id}/blocks/1\">Ventanilla de empleo juvenil</a>", practicePage);
        var blockPage = await anonymous.GetAsync($"/practices/{id}/blocks/2?culture=en");
        Assert.Equal(HttpStatusCode.OK, blockPage.StatusCode);
        var blockHtml = await blockPage.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"block-title\">Sello de empresa acogedora</h1>", blockHtml);
        Assert.Contains("Cámara aliada que lo financia.", blockHtml);
        Assert.Contains("Enabling factors", blockHtml);
        Assert.Contains("Private sector", blockHtml);
        Assert.Contains(title, blockHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/practices/{id}/blocks/3")).StatusCode);

        // A revision changes the block; the published page (cached) shows the old text until the revision is published.
        var details = await owner.GetStringAsync($"/my/practices/{id}");
        var started = await owner.PostAsync($"/my/practices/{id}/revision",
            new FormUrlEncodedContent([new("__RequestVerificationToken", TestClientExtensions.ExtractAntiforgeryToken(details)!)]));
        var revisionId = WorkflowClient.IdFrom(started);
        var blockId = (await BlocksAsync(id))[1].Id;
        await owner.SaveAsync(revisionId, WithBlock(fields, 1, "Sello de empresa acogedora y justa", "Reconoce a las empresas que contratan.", "Cámara aliada.",
            "Criterios públicos.", nameof(ActorType.PrivateSector), nameof(ActorType.CivilSociety)), "submit");
        Assert.Contains("Sello de empresa acogedora</h1>", await anonymous.GetStringAsync($"/practices/{id}/blocks/2?culture=en"));
        var revisionReview = await moderator.GetStringAsync($"/moderation/practices/{revisionId}?culture=en");
        Assert.Contains("Sello de empresa acogedora y justa", revisionReview);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.DecideAsync(revisionId, "Publish", extra: WorkflowClient.SafeguardingConfirmed())).StatusCode);

        Assert.Contains("Sello de empresa acogedora y justa</h1>", await anonymous.GetStringAsync($"/practices/{id}/blocks/2?culture=en"));
        Assert.Equal(blockId, (await BlocksAsync(id))[1].Id);

        // The comparison has a row for the blocks, each a link to its page; a practice without blocks says so.
        var other = await factory.WithDbAsync(db => db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null && p.Id != id && !p.BuildingBlocks.Any())
            .Select(p => p.Id).FirstAsync());
        var compare = await anonymous.GetStringAsync($"/compare?culture=en&ids={id}&ids={other}");
        Assert.Contains("<th scope=\"row\">Building blocks</th>", compare);
        Assert.Contains($"<a href=\"/practices/{id}/blocks/2\" lang=\"es\">Sello de empresa acogedora y justa</a>", compare);
        Assert.Contains("Local government", compare);
    }

    [Fact]
    public async Task More_than_six_blocks_are_refused_with_a_localized_message()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var fields = WorkflowClient.CompletePractice("Demasiados componentes " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        for (var i = 0; i < 7; i++)
        {
            fields = WithBlock(fields, i, $"Componente {i + 1}", "Qué es.", "Factores.", "Condiciones.", nameof(ActorType.CivilSociety));
        }
        foreach (var (culture, message) in new[] { ("en", "A practice has at most 6 building blocks."), ("es", "Una práctica tiene como máximo 6 componentes reutilizables.") })
        {
            var token = await owner.GetAntiforgeryTokenAsync($"/my/practices/new?culture={culture}");
            var response = await owner.PostAsync($"/my/practices/new?culture={culture}",
                new FormUrlEncodedContent(fields.With("Input.Intent", "submit").With("__RequestVerificationToken", token)));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, html);
            Assert.Contains("name=\"Input.BuildingBlocks[6].Title\" value=\"Componente 7\"", html);
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title.StartsWith("Demasiados componentes"))));
    }

    [Fact]
    public async Task A_block_needs_its_carriers_on_submission()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var fields = WithBlock(WorkflowClient.CompletePractice("Componente sin actores " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()),
            0, "Ruta sin actores", "Qué es.", "Factores.", "Condiciones.");
        var token = await owner.GetAntiforgeryTokenAsync("/my/practices/new?culture=en");
        var response = await owner.PostAsync("/my/practices/new?culture=en",
            new FormUrlEncodedContent(fields.With("Input.Intent", "submit").With("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Say which actor types carry this building block.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_catalogue_finds_a_practice_by_the_words_of_one_of_its_blocks()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var title = "Práctica buscada por su componente " + Guid.NewGuid().ToString("N")[..6];
        var fields = WithBlock(WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync()),
            0, "Bolsa itinerante", "Un autobús con orientadores recorre las aldeas cafetaleras.", "Cooperativas aliadas.", "Caminos transitables.", nameof(ActorType.CivilSociety));
        var id = await owner.CreatePracticeAsync(fields, "submit");
        Assert.DoesNotContain(title, await factory.CreateBrowserLikeClient().GetStringAsync("/catalogue?q=cafetaleras"));
        await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed());

        var html = await factory.CreateBrowserLikeClient().GetStringAsync("/catalogue?q=CAFETALERAS");
        Assert.Contains(title, html);
        Assert.Contains(title, await factory.CreateBrowserLikeClient().GetStringAsync("/catalogue?q=itinerante&blockactor=CivilSociety"));
        Assert.DoesNotContain(title, await factory.CreateBrowserLikeClient().GetStringAsync("/catalogue?q=itinerante&blockactor=Academia"));
    }

    public static TheoryData<string> Views => new()
    {
        "",
        "blockactor=LocalGovernment",
        "blockactor=PrivateSector&blockactor=Academia",
        "blockactor=CentralGovernment&country=GT",
        "q=empleo&blockactor=LocalGovernment",
        "area=JobMatching",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Block_facet_counts_equal_sql_counts(string queryString)
    {
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);
        string[] Values(string key) => parsed.TryGetValue(key, out var v) ? v.OfType<string>().ToArray() : [];
        var query = CatalogueQuery.Normalise(Values("q").FirstOrDefault(), Values("country"), Values("area"), blockActorTypes: Values("blockactor"));

        await using var scope = factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<CatalogueSearch>();
        var page = await search.SearchAsync(query, CancellationToken.None);
        var indexCounts = page.Facets.Single(f => f.Facet == CatalogueFacet.BlockActorType).Counts;

        // The counts as SQL states them, one actor type at a time, over the same view without the facet's own filter.
        var view = search.Filtered(query, except: CatalogueFacet.BlockActorType).Select(p => p.Id);
        var db = scope.ServiceProvider.GetRequiredService<MirpsPractices.Core.Data.AppDbContext>();
        var expected = new Dictionary<string, int>();
        foreach (var type in Enum.GetValues<ActorType>())
        {
            var code = type.ToString();
            var count = await db.Practices.CountAsync(p => view.Contains(p.Id) && db.PracticeBuildingBlocks.Any(b => b.PracticeId == p.Id && (" " + b.ActorTypeCodes + " ").Contains(" " + code + " ")));
            if (count > 0)
            {
                expected[code] = count;
            }
        }
        Assert.Equal(expected.OrderBy(c => c.Key, StringComparer.Ordinal), indexCounts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(await search.Filtered(query).CountAsync(), page.Total);
        Assert.Equal(expected.OrderBy(c => c.Key, StringComparer.Ordinal), (await search.FacetAsync(query, CatalogueFacet.BlockActorType, CancellationToken.None)).OrderBy(c => c.Key, StringComparer.Ordinal));
        if (queryString.Length == 0)
        {
            Assert.True(indexCounts.GetValueOrDefault(nameof(ActorType.LocalGovernment)) >= 2, "the sample data has blocks carried by local governments");
        }
    }

    [Fact]
    public async Task The_catalogue_page_shows_the_block_facet_and_a_sample_block_page_lists_similar_blocks_of_other_practices()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        var catalogue = await anonymous.GetStringAsync("/catalogue?culture=en");
        Assert.Contains("Building block carried by", catalogue);
        Assert.Contains("name=\"blockactor\" value=\"LocalGovernment\"", catalogue);

        var sample = await factory.WithDbAsync(db => db.PracticeBuildingBlocks
            .Where(b => b.Title == "Reconocimiento de aprendizajes previos").Select(b => new { b.PracticeId, b.Position }).SingleAsync());
        var html = await anonymous.GetStringAsync($"/practices/{sample.PracticeId}/blocks/{sample.Position}?culture=en");

        Assert.Contains("Other practices using a similar block", html);
        Assert.Contains("Acuerdo para el reconocimiento de aprendizajes previos", html);
        Assert.DoesNotContain("Ventanilla municipal de empleo", html);
        var similar = SimilarList().Match(html);
        Assert.True(similar.Success);
        Assert.DoesNotContain($"/practices/{sample.PracticeId}/blocks/", similar.Value);
    }

    [GeneratedRegex("<ul class=\"similar-blocks\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex SimilarList();
}
