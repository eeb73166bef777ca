using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.OpenData;

/// <summary>Absolute links to public pages, from the request (X-Forwarded-* are honoured by the forwarded-headers middleware).</summary>
public static class PracticeLinks
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Practice(int id, string slug) => string.IsNullOrEmpty(slug) ? $"/practices/{id}" : $"/practices/{id}/{slug}";

    /// <summary>A building block's public page (issue 13): its number in the practice is its position.</summary>
    public static string Block(int practiceId, int number) => string.Create(CultureInfo.InvariantCulture, $"/practices/{practiceId}/blocks/{number}");
}

public static class ApiJson
{
    /// <summary>Stable open-data JSON: camelCase names, codes as strings, ISO dates, no nulls left out.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

public sealed record IndicatorsDto(int? PeopleReached, int? WomenReached, int? PeoplePlacedInJobs, int? PeopleTrained, int? BusinessesStarted, int? QualificationsRecognised);

/// <summary>
/// A building block in the open-data formats (issue 13): <c>number</c> is its position in the practice and in its page's
/// URL; <c>description</c> is "what it is"; actor types are codes (see /api/v1/reference/actor-types).
/// </summary>
public sealed record BuildingBlockDto(
    int Number, string Url, string Title, string Description, string EnablingFactors, string TransferConditions, IReadOnlyList<string> ActorTypes)
{
    public static BuildingBlockDto From(int practiceId, PublicBuildingBlock b, string baseUrl) => new(
        b.Position, baseUrl + PracticeLinks.Block(practiceId, b.Position), b.Title, b.Description, b.EnablingFactors, b.TransferConditions,
        b.ActorTypes.Select(a => a.ToString()).ToList());
}

public sealed record OrganisationDto(int Id, string Name, string? Acronym, string ActorType, string Country, string Role);

/// <summary>A published practice in the open-data formats (JSON export, API list items).</summary>
public sealed record PracticeDto(
    int Id,
    string Url,
    string Title,
    string Summary,
    string Language,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> StrategyAreas,
    IReadOnlyList<string> Populations,
    IReadOnlyList<string> ActorTypes,
    IReadOnlyList<string> CoordinationMechanisms,
    string ImplementationStatus,
    string? Locality,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateTime? PublishedAt,
    IReadOnlyList<OrganisationDto> Organisations,
    IndicatorsDto Indicators)
{
    /// <summary>
    /// The texts in every language the practice can be read in (issue 12), keyed "es" / "en": the original's language and,
    /// when reviewed, its translation's. The properties above stay the original's.
    /// </summary>
    public IReadOnlyDictionary<string, PracticeTextsDto> Texts { get; init; } = new Dictionary<string, PracticeTextsDto>();

    /// <summary>ISO 3166-2 codes of the first-level subdivisions (departments, states, provinces) the practice names (issue 13).</summary>
    public IReadOnlyList<string> SubnationalAreas { get; init; } = [];

    /// <summary>The practice's building blocks in their order, each with its public page; texts are the original's (issue 13).</summary>
    public IReadOnlyList<BuildingBlockDto> BuildingBlocks { get; init; } = [];

    public static PracticeDto From(PracticeRecord r, string baseUrl) => Create(r, baseUrl) with
    {
        SubnationalAreas = r.SubnationalAreaCodes,
        BuildingBlocks = [.. r.Blocks.Select(b => BuildingBlockDto.From(r.Id, b, baseUrl))],
        Texts = RecordLanguages.All
            .Where(l => l == r.Language || r.Translation?.Language == l)
            .ToDictionary(l => l, l => new PracticeTextsDto(
                r.TextIn(l, TranslatableFields.Title, r.Title)!, r.TextIn(l, TranslatableFields.Summary, r.Summary)!,
                r.TextIn(l, TranslatableFields.Locality, r.Locality), l != r.Language)
            {
                BuildingBlocks = [.. r.Blocks.Select(b => new BuildingBlockTextsDto(
                    b.Position,
                    r.TextIn(l, TranslatableFields.BlockTitle(b.Position), b.Title)!,
                    r.TextIn(l, TranslatableFields.BlockDescription(b.Position), b.Description)!,
                    r.TextIn(l, TranslatableFields.BlockEnablingFactors(b.Position), b.EnablingFactors)!,
                    r.TextIn(l, TranslatableFields.BlockTransferConditions(b.Position), b.TransferConditions)!))],
            }),
    };

    private static PracticeDto Create(PracticeRecord r, string baseUrl) => new(
        r.Id,
        baseUrl + PracticeLinks.Practice(r.Id, r.Slug),
        r.Title,
        r.Summary,
        r.Language,
        r.CountryCodes,
        r.StrategyAreas.Select(a => a.ToString()).ToList(),
        r.Populations.Select(a => a.ToString()).ToList(),
        r.ActorTypes.Select(a => a.ToString()).ToList(),
        r.Mechanisms.Select(a => a.ToString()).ToList(),
        r.Status.ToString(),
        r.Locality,
        r.StartDate,
        r.EndDate,
        r.PublishedAtUtc is { } published ? DateTime.SpecifyKind(published, DateTimeKind.Utc) : null,
        r.Organisations.Select(o => new OrganisationDto(o.Id, o.Name, o.Acronym, o.ActorType.ToString(), o.CountryCode, o.Role.ToString())).ToList(),
        new IndicatorsDto(r.Indicators.PeopleReached, r.Indicators.WomenReached, r.Indicators.PeoplePlacedInJobs,
            r.Indicators.PeopleTrained, r.Indicators.BusinessesStarted, r.Indicators.QualificationsRecognised));
}

/// <summary>A practice's texts in one language; <c>translated</c> when they come from a reviewed translation.</summary>
public sealed record PracticeTextsDto(string Title, string Summary, string? Locality, bool Translated)
{
    /// <summary>The building blocks' texts in this language, by number (issue 13).</summary>
    public IReadOnlyList<BuildingBlockTextsDto> BuildingBlocks { get; init; } = [];
}

/// <summary>A building block's texts in one language (issue 13).</summary>
public sealed record BuildingBlockTextsDto(int Number, string Title, string Description, string EnablingFactors, string TransferConditions);

/// <summary>A practice's reviewed translation in full: every text field under its stable key (Title, Summary, Mechanism.JobMatching, Indicator.0.Name…).</summary>
public sealed record PracticeTranslationDto(string Language, DateTime? ReviewedAt, IReadOnlyDictionary<string, string> Fields);

public sealed record PracticeListDto(int Total, int Page, int PageSize, int PageCount, string? Next, string? Previous, IReadOnlyList<PracticeDto> Items);

public sealed record MechanismDto(string Mechanism, string Description);

public sealed record OtherIndicatorDto(string Name, decimal Value, string? Unit);

public sealed record LinkDto(string Title, string Url);

public sealed record CriterionDto(string Criterion, string? Note);

public sealed record ReplicationDto(string Title, IReadOnlyList<string> Organisations, string? Country, string? Locality, string Status, DateOnly DueDate);

public sealed record RelatedDto(int Id, string Title, string Url);

/// <summary>Every public section of one practice (GET /api/v1/practices/{id}).</summary>
public sealed record PracticeDetailDto(
    PracticeDto Practice,
    string Context,
    string Description,
    string Results,
    string AgeGenderDiversityApproach,
    string Challenges,
    string LessonsLearned,
    string ReplicationConditions,
    string SustainabilityAndFunding,
    IReadOnlyList<MechanismDto> CoordinationMechanisms,
    IReadOnlyList<OtherIndicatorDto> OtherIndicators,
    IReadOnlyList<LinkDto> EvidenceLinks,
    IReadOnlyList<CriterionDto> CriteriaMet,
    IReadOnlyList<ReplicationDto> BeingReplicatedIn,
    IReadOnlyList<RelatedDto> Related)
{
    /// <summary>The reviewed translation into the other language (issue 12), or null; the sections above are the original's.</summary>
    public PracticeTranslationDto? Translation { get; init; }

    public static PracticeDetailDto From(PracticeDetails d, string baseUrl) => Create(d, baseUrl) with
    {
        Translation = d.Record.Translation is { } t
            ? new PracticeTranslationDto(t.Language, t.ReviewedAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, t.Texts)
            : null,
    };

    private static PracticeDetailDto Create(PracticeDetails d, string baseUrl) => new(
        PracticeDto.From(d.Record, baseUrl),
        d.Context, d.Description, d.Results, d.AgeGenderDiversityApproach, d.Challenges, d.LessonsLearned,
        d.ReplicationConditions, d.SustainabilityAndFunding,
        d.MechanismEntries.Select(m => new MechanismDto(m.Mechanism.ToString(), m.Description)).ToList(),
        d.OtherIndicators.Select(i => new OtherIndicatorDto(i.Name, i.Value, i.Unit)).ToList(),
        d.EvidenceLinks.Select(l => new LinkDto(l.Title, l.Url)).ToList(),
        d.CriteriaMet.Select(c => new CriterionDto(c.Criterion.ToString(), c.Note)).ToList(),
        d.Replications.Select(r => new ReplicationDto(r.Title, r.Organisations, r.TargetCountryCode, r.TargetLocality, r.Status.ToString(), r.DueDate)).ToList(),
        d.Related.Select(r => new RelatedDto(r.Id, r.Title, baseUrl + PracticeLinks.Practice(r.Id, r.Slug))).ToList());
}

public sealed record ReferenceValueDto(string Code, string Es, string En);
