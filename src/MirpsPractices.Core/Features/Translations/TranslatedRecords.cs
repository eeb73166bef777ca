using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Core.Features.Reuse;
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
        Blocks = [.. r.Blocks.Select(b => Apply(b, t))],
    };

    /// <summary>A building block in the translation's language (issue 13): its texts are keyed by its position.</summary>
    public static PublicBuildingBlock Apply(PublicBuildingBlock b, ReviewedTranslation t) => b with
    {
        Title = t.Text(F.BlockTitle(b.Position), b.Title),
        Description = t.Text(F.BlockDescription(b.Position), b.Description),
        EnablingFactors = t.Text(F.BlockEnablingFactors(b.Position), b.EnablingFactors),
        TransferConditions = t.Text(F.BlockTransferConditions(b.Position), b.TransferConditions),
    };

    /// <summary>A block's page in the translation's language: the block, its practice's title and its other blocks.</summary>
    public static BuildingBlockPage Apply(BuildingBlockPage page, ReviewedTranslation t) => page with
    {
        PracticeTitle = t.Text(F.Title, page.PracticeTitle),
        Language = t.Language,
        Block = Apply(page.Block, t),
        Blocks = [.. page.Blocks.Select(b => Apply(b, t))],
    };

    /// <summary>A similar block of another practice, in that practice's reviewed translation.</summary>
    public static SimilarBlock Apply(SimilarBlock s, ReviewedTranslation t) => s with
    {
        PracticeTitle = t.Text(F.Title, s.PracticeTitle),
        Title = t.Text(F.BlockTitle(s.Position), s.Title),
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
        Blocks = [.. d.Blocks.Select(b => Apply(b, t))],
    };

    /// <summary>A joint recommendation on the public list, in the reviewed translation's language.</summary>
    public static PublicRecommendation Apply(PublicRecommendation r, ReviewedTranslation t) => r with
    {
        Title = t.Text(F.Title, r.Title),
        Text = t.Text(F.Text, r.Text),
        Language = t.Language,
    };
}
