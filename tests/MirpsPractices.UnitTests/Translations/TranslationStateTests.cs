using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Translations;

public sealed class TranslationStateTests
{
    private static readonly DateTime Monday = new(2025, 8, 18, 10, 0, 0, DateTimeKind.Utc);

    private static Practice ASpanishPractice() => new()
    {
        SubmitterId = "author",
        Title = "Ventanilla única de empleo",
        Summary = "Un solo lugar para buscar empleo.",
        Mechanisms = [new PracticeMechanism { Mechanism = CoordinationMechanism.OneStopShop, Description = "La alcaldía y el ministerio atienden juntos." }],
        OtherIndicators = [new PracticeIndicator { Id = 1, Name = "Oficinas abiertas", Value = 4, Unit = "oficinas" }],
    };

    private static readonly Dictionary<string, string> English = new()
    {
        [TranslatableFields.Title] = "One-stop employment shop",
        [TranslatableFields.Summary] = "One place to look for work.",
        [TranslatableFields.Mechanism(CoordinationMechanism.OneStopShop)] = "The town hall and the ministry serve people together.",
        [TranslatableFields.IndicatorName(0)] = "Offices opened",
        [TranslatableFields.IndicatorUnit(0)] = "offices",
    };

    private static RecordTranslation ADraftOf(Practice practice)
    {
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, 5, practice.Language, "translator", Monday);
        translation.Save(English, TranslatableFields.Of(practice), "translator", Monday);
        return translation;
    }

    [Fact]
    public void A_translation_is_into_the_other_language_and_starts_as_a_draft()
    {
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, 5, RecordLanguages.Spanish, "translator", Monday);

        Assert.Equal(RecordLanguages.English, translation.Language);
        Assert.Equal(TranslationState.Draft, translation.State);
        Assert.Equal(RecordLanguages.Spanish, RecordTranslation.Start(TranslatedRecordType.Commitment, 1, RecordLanguages.English, "t", Monday).Language);
    }

    [Fact]
    public void Mechanism_descriptions_and_indicator_labels_are_translated_fields()
    {
        var keys = TranslatableFields.Of(ASpanishPractice()).Select(f => f.Key).ToList();

        Assert.Contains("Mechanism.OneStopShop", keys);
        Assert.Contains("Indicator.0.Name", keys);
        Assert.Contains("Indicator.0.Unit", keys);
        // Empty fields of the original have nothing to translate.
        Assert.DoesNotContain(TranslatableFields.Context, keys);
    }

    [Fact]
    public void Saving_keeps_the_original_text_each_field_was_translated_from_and_drops_unknown_fields()
    {
        var practice = ASpanishPractice();
        var typed = new Dictionary<string, string>(English) { ["Nonsense"] = "x", [TranslatableFields.Title] = "  One-stop employment shop  " };
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, 5, practice.Language, "translator", Monday);

        Assert.True(translation.Save(typed, TranslatableFields.Of(practice), "translator", Monday));

        Assert.Equal("One-stop employment shop", translation.Texts[TranslatableFields.Title]);
        Assert.False(translation.Texts.ContainsKey("Nonsense"));
        Assert.Equal("Ventanilla única de empleo", translation.Source[TranslatableFields.Title]);
        Assert.False(translation.Save(typed, TranslatableFields.Of(practice), "translator", Monday.AddMinutes(1)));
    }

    [Fact]
    public void Draft_to_submitted_to_reviewed_makes_the_reviewed_copy_public()
    {
        var practice = ASpanishPractice();
        var translation = ADraftOf(practice);
        Assert.False(translation.HasReviewedCopy);

        translation.Submit(TranslatableFields.Of(practice), Monday.AddHours(1));
        Assert.Equal(TranslationState.Submitted, translation.State);
        Assert.False(translation.HasReviewedCopy);

        translation.Review("moderator", Monday.AddHours(2));
        Assert.Equal(TranslationState.Reviewed, translation.State);
        Assert.Equal("moderator", translation.ReviewedById);
        Assert.Equal(Monday.AddHours(2), translation.ReviewedAtUtc);
        Assert.Equal("One-stop employment shop", translation.ReviewedTexts![TranslatableFields.Title]);
        Assert.Contains("Offices opened", translation.SearchText);
    }

    [Fact]
    public void Only_a_submitted_translation_can_be_reviewed_and_only_a_draft_submitted()
    {
        var practice = ASpanishPractice();
        var translation = ADraftOf(practice);

        Assert.Throws<TranslationStateException>(() => translation.Review("moderator", Monday));
        translation.Submit(TranslatableFields.Of(practice), Monday);
        Assert.Throws<TranslationStateException>(() => translation.Submit(TranslatableFields.Of(practice), Monday));
        translation.Review("moderator", Monday);
        Assert.Throws<TranslationStateException>(() => translation.Review("moderator", Monday));
        Assert.Throws<TranslationStateException>(() => translation.ReturnToDraft(Monday));
    }

    [Fact]
    public void An_incomplete_translation_cannot_be_submitted()
    {
        var practice = ASpanishPractice();
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, 5, practice.Language, "translator", Monday);
        translation.Save(new Dictionary<string, string> { [TranslatableFields.Title] = "One-stop employment shop" }, TranslatableFields.Of(practice), "translator", Monday);

        Assert.Contains(TranslatableFields.Summary, translation.MissingFields(TranslatableFields.Of(practice)));
        Assert.Throws<InvalidOperationException>(() => translation.Submit(TranslatableFields.Of(practice), Monday));
        Assert.Equal(TranslationState.Draft, translation.State);
    }

    [Fact]
    public void Correcting_a_reviewed_translation_reopens_the_draft_but_keeps_the_reviewed_copy_public()
    {
        var practice = ASpanishPractice();
        var translation = ADraftOf(practice);
        translation.Submit(TranslatableFields.Of(practice), Monday);
        translation.Review("moderator", Monday);

        var corrected = new Dictionary<string, string>(English) { [TranslatableFields.Title] = "One-stop job shop" };
        translation.Save(corrected, TranslatableFields.Of(practice), "second-translator", Monday.AddDays(1));

        Assert.Equal(TranslationState.Draft, translation.State);
        Assert.Equal("second-translator", translation.TranslatorId);
        Assert.Equal("One-stop employment shop", translation.ReviewedTexts![TranslatableFields.Title]);
    }

    [Fact]
    public void Editing_the_original_after_the_review_marks_exactly_the_changed_fields_outdated()
    {
        var practice = ASpanishPractice();
        var translation = ADraftOf(practice);
        Assert.Empty(translation.OutdatedFields(TranslatableFields.Of(practice)));
        translation.Submit(TranslatableFields.Of(practice), Monday);
        translation.Review("moderator", Monday);
        Assert.Empty(translation.OutdatedFields(TranslatableFields.Of(practice)));

        practice.Summary = "Un solo lugar para buscar empleo y formación.";
        practice.Mechanisms[0].Description = "La alcaldía, el ministerio y el INFOP atienden juntos.";
        practice.Challenges = "Nuevo texto sin traducir.";

        var outdated = translation.OutdatedFields(TranslatableFields.Of(practice));

        Assert.Equal([TranslatableFields.Summary, "Mechanism.OneStopShop", TranslatableFields.Challenges], outdated);
        Assert.Equal("Un solo lugar para buscar empleo.", translation.ReviewedSource![TranslatableFields.Summary]);
    }

    [Fact]
    public void Recommendations_and_commitments_share_the_same_translation_shape()
    {
        var recommendation = new Recommendation { Title = "Ventanilla única", Text = "Abrir una ventanilla.", CreatedById = "a" };
        var commitment = new Commitment { Title = "Replicar", Description = "En Cayo.", WithWhom = "Alcaldía", CreatedById = "a" };

        Assert.Equal([TranslatableFields.Title, TranslatableFields.Text], TranslatableFields.Of(recommendation).Select(f => f.Key));
        Assert.Equal([TranslatableFields.Title, TranslatableFields.Description, TranslatableFields.WithWhom], TranslatableFields.Of(commitment).Select(f => f.Key));
    }
}
