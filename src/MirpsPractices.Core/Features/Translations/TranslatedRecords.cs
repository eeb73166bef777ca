using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using F = MirpsPractices.Core.Domain.TranslatableFields;

namespace MirpsPractices.Core.Features.Translations;

/// <summary>Published records with their texts replaced by a reviewed translation; a field the translation lacks keeps the original's text.</summary>
public static class TranslatedRecords
{
    public static PracticeRecord Apply(PracticeRecord r, ReviewedTranslation t) => r with
    {
        Title = t.Text(F.Title, r.Title),
        Summary = t.Text(F.Summary, r.Summary),
        Locality = t.OptionalText(F.Locality, r.Locality),
        Language = t.Language,
    };

    public static PracticeDetails Apply(PracticeDetails d, ReviewedTranslation t) => d with
    {
        Record = Apply(d.Record, t),
        Context = t.Text(F.Context, d.Context),
        Description = t.Text(F.Description, d.Description),
        Results = t.Text(F.Results, d.Results),
        AgeGenderDiversityApproach = t.Text(F.AgeGenderDiversityApproach, d.AgeGenderDiversityApproach),
        Challenges = t.Text(F.Challenges, d.Challenges),
        LessonsLearned = t.Text(F.LessonsLearned, d.LessonsLearned),
        ReplicationConditions = t.Text(F.ReplicationConditions, d.ReplicationConditions),
        SustainabilityAndFunding = t.Text(F.SustainabilityAndFunding, d.SustainabilityAndFunding),
        MechanismEntries = [.. d.MechanismEntries.Select(m => m with { Description = t.Text(F.Mechanism(m.Mechanism), m.Description) })],
        OtherIndicators = [.. d.OtherIndicators.Select((i, n) => i with { Name = t.Text(F.IndicatorName(n), i.Name), Unit = t.OptionalText(F.IndicatorUnit(n), i.Unit) })],
        EvidenceLinks = [.. d.EvidenceLinks.Select((e, n) => e with { Title = t.Text(F.EvidenceTitle(n), e.Title) })],
    };

    /// <summary>A joint recommendation on the public list, in the reviewed translation's language.</summary>
    public static PublicRecommendation Apply(PublicRecommendation r, ReviewedTranslation t) => r with
    {
        Title = t.Text(F.Title, r.Title),
        Text = t.Text(F.Text, r.Text),
        Language = t.Language,
    };
}
