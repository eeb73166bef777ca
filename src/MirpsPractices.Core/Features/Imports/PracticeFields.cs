using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Imports;

public enum FieldKind
{
    Text,
    LongText,
    Date,
    Number,
    Language,
    Status,
    Countries,
    /// <summary>ISO 3166-2 codes (or names) of first-level subdivisions of the practice's countries (the CSV's adm1_codes).</summary>
    SubnationalAreas,
    StrategyAreas,
    Populations,
    Organisations,
    Mechanisms,
}

/// <summary>
/// One field of the practice form as imports know it: <see cref="Key"/> is the form's property name (also the Word template's
/// content-control tag and the label key <c>Field_{Key}</c>), <see cref="Column"/> the open-data CSV column that carries it.
/// </summary>
public sealed record PracticeField(string Key, FieldKind Kind, string Column, Type? Codes = null)
{
    public bool IsList => Kind is FieldKind.Countries or FieldKind.SubnationalAreas or FieldKind.StrategyAreas or FieldKind.Populations or FieldKind.Organisations or FieldKind.Mechanisms;
}

/// <summary>The fields an import fills, in the order of the practice form. The Word template and the column mapping both come from here.</summary>
public static class PracticeFields
{
    /// <summary>Version of the Word template written from this list; a template of an older version is still read field by field.</summary>
    public const int TemplateVersion = 1;

    /// <summary>The column of the open-data CSV that identifies a practice; imports use it as the row's stable source key.</summary>
    public const string SourceIdColumn = "id";

    public static IReadOnlyList<PracticeField> All { get; } =
    [
        new("Title", FieldKind.Text, "title"),
        new("Summary", FieldKind.LongText, "summary"),
        new("Language", FieldKind.Language, "language"),
        new("Countries", FieldKind.Countries, "countries"),
        new("SubnationalAreas", FieldKind.SubnationalAreas, "adm1_codes"),
        new("Locality", FieldKind.Text, "locality"),
        new("StartDate", FieldKind.Date, "start_date"),
        new("EndDate", FieldKind.Date, "end_date"),
        new("ImplementationStatus", FieldKind.Status, "implementation_status", typeof(ImplementationStatus)),
        new("StrategyAreas", FieldKind.StrategyAreas, "strategy_areas", typeof(StrategyArea)),
        new("Populations", FieldKind.Populations, "populations", typeof(Population)),
        new("Organisations", FieldKind.Organisations, "organisations"),
        new("Mechanisms", FieldKind.Mechanisms, "coordination_mechanisms", typeof(CoordinationMechanism)),
        new("Context", FieldKind.LongText, "context"),
        new("Description", FieldKind.LongText, "description"),
        new("Results", FieldKind.LongText, "results"),
        new("PeopleReached", FieldKind.Number, "people_reached"),
        new("WomenReached", FieldKind.Number, "women_reached"),
        new("PeoplePlacedInJobs", FieldKind.Number, "people_placed_in_jobs"),
        new("PeopleTrained", FieldKind.Number, "people_trained"),
        new("BusinessesStarted", FieldKind.Number, "businesses_started"),
        new("QualificationsRecognised", FieldKind.Number, "qualifications_recognised"),
        new("AgeGenderDiversityApproach", FieldKind.LongText, "age_gender_diversity_approach"),
        new("Challenges", FieldKind.LongText, "challenges"),
        new("LessonsLearned", FieldKind.LongText, "lessons_learned"),
        new("ReplicationConditions", FieldKind.LongText, "replication_conditions"),
        new("SustainabilityAndFunding", FieldKind.LongText, "sustainability_and_funding"),
    ];

    /// <summary>Tags of earlier template versions that were renamed since, so an older template still imports them.</summary>
    private static readonly Dictionary<string, string> FormerKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lessons"] = "LessonsLearned",
        ["Sustainability"] = "SustainabilityAndFunding",
    };

    /// <summary>
    /// Columns of the open-data CSV that are derived on export and deliberately not imported; the per-language texts
    /// (issue 12: the original or its reviewed translation) repeat title, summary and locality and are not imported either.
    /// </summary>
    public static IReadOnlySet<string> DerivedColumns { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "url", "actor_types", "published_at", "title_es", "title_en", "summary_es", "summary_en", "locality_es", "locality_en",
        "building_blocks", "building_block_urls", "building_block_actor_types", "building_blocks_es", "building_blocks_en",
    };

    public static PracticeField? Find(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        key = key.Trim();
        if (FormerKeys.TryGetValue(key, out var renamed))
        {
            key = renamed;
        }
        return All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
    }

    public static PracticeField? ForColumn(string? header) =>
        string.IsNullOrWhiteSpace(header) ? null : All.FirstOrDefault(f => string.Equals(f.Column, header.Trim(), StringComparison.OrdinalIgnoreCase));
}
