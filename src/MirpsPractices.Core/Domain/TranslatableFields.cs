using System.Globalization;

namespace MirpsPractices.Core.Domain;

/// <summary>
/// The texts of each record type that a translation carries, under keys that stay stable while the record is edited.
/// Lists with a surrogate key that is replaced on every save (other indicators, evidence links) are keyed by position.
/// </summary>
public static class TranslatableFields
{
    public const string Title = nameof(Title);
    public const string Summary = nameof(Summary);
    public const string Context = nameof(Context);
    public const string Description = nameof(Description);
    public const string Locality = nameof(Locality);
    public const string Results = nameof(Results);
    public const string AgeGenderDiversityApproach = nameof(AgeGenderDiversityApproach);
    public const string Challenges = nameof(Challenges);
    public const string LessonsLearned = nameof(LessonsLearned);
    public const string ReplicationConditions = nameof(ReplicationConditions);
    public const string SustainabilityAndFunding = nameof(SustainabilityAndFunding);
    public const string Text = nameof(Text);
    public const string WithWhom = nameof(WithWhom);
    public const string TargetLocality = nameof(TargetLocality);

    public static string Mechanism(CoordinationMechanism mechanism) => "Mechanism." + mechanism;

    public static string IndicatorName(int position) => string.Create(CultureInfo.InvariantCulture, $"Indicator.{position}.Name");

    public static string IndicatorUnit(int position) => string.Create(CultureInfo.InvariantCulture, $"Indicator.{position}.Unit");

    public static string EvidenceTitle(int position) => string.Create(CultureInfo.InvariantCulture, $"Evidence.{position}.Title");

    /// <summary>A building block's text (issue 13), keyed by the block's position, which a block keeps while the practice is edited.</summary>
    public static string Block(int position, string field) => string.Create(CultureInfo.InvariantCulture, $"Block.{position}.{field}");

    public static string BlockTitle(int position) => Block(position, nameof(PracticeBuildingBlock.Title));

    public static string BlockDescription(int position) => Block(position, nameof(PracticeBuildingBlock.Description));

    public static string BlockEnablingFactors(int position) => Block(position, nameof(PracticeBuildingBlock.EnablingFactors));

    public static string BlockTransferConditions(int position) => Block(position, nameof(PracticeBuildingBlock.TransferConditions));

    /// <summary>A practice's texts (with its mechanisms, other indicators, building blocks and evidence links loaded), in the order of its page.</summary>
    public static IReadOnlyList<TranslatableField> Of(Practice p)
    {
        var fields = new List<TranslatableField>();
        Add(fields, Title, p.Title);
        Add(fields, Summary, p.Summary);
        Add(fields, Context, p.Context);
        Add(fields, Description, p.Description);
        Add(fields, Locality, p.Locality);
        foreach (var m in p.Mechanisms.OrderBy(m => m.Mechanism))
        {
            Add(fields, Mechanism(m.Mechanism), m.Description);
        }
        Add(fields, Results, p.Results);
        var indicators = p.OtherIndicators.OrderBy(i => i.Id).ToList();
        for (var i = 0; i < indicators.Count; i++)
        {
            Add(fields, IndicatorName(i), indicators[i].Name);
            Add(fields, IndicatorUnit(i), indicators[i].Unit);
        }
        Add(fields, AgeGenderDiversityApproach, p.AgeGenderDiversityApproach);
        Add(fields, Challenges, p.Challenges);
        Add(fields, LessonsLearned, p.LessonsLearned);
        Add(fields, ReplicationConditions, p.ReplicationConditions);
        Add(fields, SustainabilityAndFunding, p.SustainabilityAndFunding);
        foreach (var b in p.BuildingBlocks.OrderBy(b => b.Position))
        {
            Add(fields, BlockTitle(b.Position), b.Title);
            Add(fields, BlockDescription(b.Position), b.Description);
            Add(fields, BlockEnablingFactors(b.Position), b.EnablingFactors);
            Add(fields, BlockTransferConditions(b.Position), b.TransferConditions);
        }
        var evidence = p.EvidenceLinks.OrderBy(e => e.Id).ToList();
        for (var i = 0; i < evidence.Count; i++)
        {
            Add(fields, EvidenceTitle(i), evidence[i].Title);
        }
        return fields;
    }

    public static IReadOnlyList<TranslatableField> Of(Recommendation r)
    {
        var fields = new List<TranslatableField>();
        Add(fields, Title, r.Title);
        Add(fields, Text, r.Text);
        return fields;
    }

    public static IReadOnlyList<TranslatableField> Of(Commitment c)
    {
        var fields = new List<TranslatableField>();
        Add(fields, Title, c.Title);
        Add(fields, Description, c.Description);
        Add(fields, WithWhom, c.WithWhom);
        Add(fields, TargetLocality, c.TargetLocality);
        return fields;
    }

    private static void Add(List<TranslatableField> fields, string key, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            fields.Add(new TranslatableField(key, text));
        }
    }
}
