using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Catalogue;

namespace MirpsPractices.IntegrationTests.Translations;

/// <summary>Issue 12 on the public side: a reviewed translation is what a reader of the other language sees and finds; nothing else is.</summary>
public sealed class PublicTranslationTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private static readonly DateTime Now = new(2025, 9, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Translates every field of a seeded Spanish practice into English, the summary carrying <paramref name="word"/>, and takes it as far as <paramref name="state"/>.</summary>
    private Task<int> TranslateAsync(string slug, string word, TranslationState state) => factory.WithDbAsync(async db =>
    {
        var practice = await LoadAsync(db, slug);
        var fields = TranslatableFields.Of(practice);
        var typed = fields.ToDictionary(f => f.Key, f => f.Key == TranslatableFields.Summary ? $"English summary about {word}." : $"English text of {f.Key}");
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, practice.Id, practice.Language, CatalogueTestData.UserId, Now);
        translation.Save(typed, fields, CatalogueTestData.UserId, Now);
        if (state != TranslationState.Draft)
        {
            translation.Submit(fields, Now);
        }
        if (state == TranslationState.Reviewed)
        {
            translation.Review(CatalogueTestData.UserId, Now);
        }
        db.Add(translation);
        await db.SaveChangesAsync();
        return practice.Id;
    });

    private static Task<Practice> LoadAsync(AppDbContext db, string slug) =>
        db.Practices.Include(p => p.Mechanisms).Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks)
            .SingleAsync(p => p.Slug == slug && p.RevisionOfId == null);

    [Fact]
    public async Task An_English_reader_sees_the_reviewed_English_text_of_a_Spanish_practice_with_the_note_and_a_link_to_the_original()
    {
        var id = await TranslateAsync("capacitacion-tecnica-honduras", "apprenticeships", TranslationState.Reviewed);
        var client = factory.CreateBrowserLikeClient();

        var english = await client.GetStringAsync($"/practices/{id}/capacitacion-tecnica-honduras?culture=en");
        Assert.Contains("English text of Title", english);
        Assert.Contains("English summary about apprenticeships.", english);
        Assert.Contains("<article class=\"practice\" lang=\"en\"", english);
        Assert.Contains("Translated from Spanish.", english);
        Assert.Contains($"href=\"/practices/{id}/capacitacion-tecnica-honduras?original=1\"", english);
        Assert.DoesNotContain("Capacitación técnica para personas refugiadas en Honduras</h1>", english);

        var original = await client.GetStringAsync($"/practices/{id}/capacitacion-tecnica-honduras?original=1&culture=en");
        Assert.Contains("Capacitación técnica para personas refugiadas en Honduras</h1>", original);
        Assert.Contains("<article class=\"practice\" lang=\"es\"", original);
        Assert.Contains("Read the reviewed translation", original);

        // A Spanish reader keeps the original, without any note.
        var spanish = await client.GetStringAsync($"/practices/{id}/capacitacion-tecnica-honduras?culture=es");
        Assert.Contains("Capacitación técnica para personas refugiadas en Honduras</h1>", spanish);
        Assert.DoesNotContain("English text of Title", spanish);
    }

    [Theory]
    [InlineData(TranslationState.Draft)]
    [InlineData(TranslationState.Submitted)]
    public async Task An_unreviewed_translation_is_never_public(TranslationState state)
    {
        var slug = state == TranslationState.Draft ? "ventanilla-unica-mexico" : "homologacion-titulos";
        var word = state == TranslationState.Draft ? "wombat" : "platypus";
        var id = await TranslateAsync(slug, word, state);
        var client = factory.CreateBrowserLikeClient();

        var page = await client.GetStringAsync($"/practices/{id}/{slug}?culture=en");
        Assert.DoesNotContain(word, page);
        Assert.DoesNotContain("English text of", page);
        Assert.Contains("<article class=\"practice\" lang=\"es\"", page);

        var search = await client.GetStringAsync($"/catalogue?q={word}&culture=en");
        Assert.DoesNotContain($"/practices/{id}/", search);
        var api = await client.GetAsync($"/api/v1/practices/{id}");
        Assert.DoesNotContain(word, await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_by_an_English_word_finds_the_Spanish_practice_once_its_translation_is_reviewed()
    {
        var id = await TranslateAsync("emprendimiento-mujeres", "kangaroo", TranslationState.Reviewed);
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/catalogue?q=kangaroo&culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"/practices/{id}/", await response.Content.ReadAsStringAsync());
    }
}
