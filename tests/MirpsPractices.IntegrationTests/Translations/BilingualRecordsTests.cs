using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Catalogue;

namespace MirpsPractices.IntegrationTests.Translations;

/// <summary>
/// Issue 12 beyond the practice page: joint recommendations in the reader's language, translated catalogue cards and the
/// "available in" facet, both languages in the exports, the report in one language. Each test translates its own records.
/// </summary>
public sealed class BilingualRecordsTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Fact]
    public async Task Joint_recommendations_show_the_reviewed_translation_in_the_readers_language_with_the_note_and_the_original_a_link_away()
    {
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.JointSinceUtc != null).Select(r => r.Id).SingleAsync());
        var client = factory.CreateBrowserLikeClient();
        const string SpanishTitle = "Institucionalizar las mesas técnicas de empleo";

        // Cached in English before the translation: the review must evict it.
        var before = await client.GetStringAsync("/recommendations?culture=en");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h2>", before);

        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Recommendation, id, TranslationSteps.English, TranslationState.Submitted);
        var submitted = await client.GetStringAsync("/recommendations?culture=en&unreviewed=1");
        Assert.DoesNotContain("English text of", submitted);
        Assert.DoesNotContain("Translated from", submitted);

        await TranslationSteps.ReviewAsync(factory, TranslatedRecordType.Recommendation, id);
        var english = await client.GetStringAsync("/recommendations?culture=en");
        Assert.Contains($"<h2 id=\"rec-{id}\" class=\"h4\" lang=\"en\">English text of Title</h2>", english);
        Assert.Contains("<div lang=\"en\">", english);
        Assert.Contains("English text of Text", english);
        Assert.Contains("Translated from Spanish.", english);
        Assert.Contains($"href=\"/recommendations?original=1#rec-{id}\" hreflang=\"es\"", english);
        Assert.DoesNotContain(SpanishTitle, english);

        var original = await client.GetStringAsync("/recommendations?original=1&culture=en");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h2>", original);
        Assert.Contains("Read the reviewed translation into English", original);
        Assert.Contains($"href=\"/recommendations#rec-{id}\"", original);

        // A Spanish reader reads the original, without a note.
        var spanish = await client.GetStringAsync("/recommendations?culture=es");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h2>", spanish);
        Assert.DoesNotContain("English text of", spanish);
        Assert.DoesNotContain("translation-note", spanish);
    }
}
