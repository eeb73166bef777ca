using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Catalogue;

public sealed record OrganisationParticipation(int Id, string Name, string? Acronym, ActorType ActorType, string CountryCode, ParticipationRole Role, string? Website);

public sealed record MechanismEntry(CoordinationMechanism Mechanism, string Description);

public sealed record OtherIndicator(string Name, decimal Value, string? Unit);

public sealed record EvidenceLink(string Title, string Url);

public sealed record CriterionEntry(GoodPracticeCriterion Criterion, string? Note);

/// <summary>A building block as the public reads it (issue 13); <paramref name="Position"/> is its number in the practice and in its URL.</summary>
public sealed record PublicBuildingBlock(int Position, string Title, string Description, string EnablingFactors, string TransferConditions, IReadOnlyList<ActorType> ActorTypes);

public sealed record Replication(string Title, IReadOnlyList<string> Organisations, string? TargetCountryCode, string? TargetLocality, CommitmentStatus Status, DateOnly DueDate);

/// <summary>The open-data shape of a published practice: what exports, the API and the feed publish.</summary>
public sealed record PracticeRecord(
    int Id,
    string Slug,
    string Title,
    string Summary,
    string Language,
    DateOnly? StartDate,
    DateOnly? EndDate,
    ImplementationStatus Status,
    string? Locality,
    DateTime? PublishedAtUtc,
    DateTime UpdatedAtUtc,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<StrategyArea> StrategyAreas,
    IReadOnlyList<Population> Populations,
    IReadOnlyList<CoordinationMechanism> Mechanisms,
    IReadOnlyList<OrganisationParticipation> Organisations,
    PracticeIndicators Indicators)
{
    public IReadOnlyList<ActorType> ActorTypes => Organisations.Select(o => o.ActorType).Distinct().Order().ToList();

    /// <summary>ISO 3166-2 codes of the first-level subdivisions the practice names, in <see cref="SubnationalAreas"/> order.</summary>
    public IReadOnlyList<string> SubnationalAreaCodes { get; init; } = [];

    /// <summary>The practice's building blocks in their order (issue 13), in the original's language.</summary>
    public IReadOnlyList<PublicBuildingBlock> Blocks { get; init; } = [];

    /// <summary>The reviewed translation into the other language, when there is one (issue 12); exports carry both languages.</summary>
    public PracticeTranslation? Translation { get; init; }

    /// <summary>A text field in <paramref name="language"/>: the original's when written in it, the reviewed translation's, or null.</summary>
    public string? TextIn(string language, string key, string? original) =>
        language == Language ? original
        : Translation is { } t && t.Language == language && original is not null ? t.Text(key) ?? original
        : null;
}

/// <summary>A practice's reviewed translation as the open-data formats carry it: every field under its stable key (<see cref="TranslatableFields"/>).</summary>
public sealed record PracticeTranslation(string Language, IReadOnlyDictionary<string, string> Texts, DateTime? ReviewedAtUtc)
{
    public string? Text(string key) => Texts.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}

/// <summary>Every section of a published practice, for its public page and the API.</summary>
public sealed record PracticeDetails(
    PracticeRecord Record,
    bool IsPublic,
    PracticeState State,
    string Context,
    string Description,
    string Results,
    string AgeGenderDiversityApproach,
    string Challenges,
    string LessonsLearned,
    string ReplicationConditions,
    string SustainabilityAndFunding,
    IReadOnlyList<MechanismEntry> MechanismEntries,
    IReadOnlyList<OtherIndicator> OtherIndicators,
    IReadOnlyList<EvidenceLink> EvidenceLinks,
    IReadOnlyList<CriterionEntry> CriteriaMet,
    IReadOnlyList<Replication> Replications,
    IReadOnlyList<PracticeCard> Related)
{
    /// <summary>The practice's building blocks in their order (issue 13).</summary>
    public IReadOnlyList<PublicBuildingBlock> Blocks { get; init; } = [];
}

/// <summary>Reads published practices in full: one split query per call, never one query per practice.</summary>
public sealed class PracticeRecords(AppDbContext db, CatalogueSearch search)
{
    public const int RelatedCount = 3;

    /// <summary>Records read per query when streaming an export: enough to keep round trips few, few enough to hold little.</summary>
    public const int StreamBatchSize = 500;

    /// <summary>Open-data records for the given ids, in the same order; unpublished ids are silently left out.</summary>
    public async Task<IReadOnlyList<PracticeRecord>> RecordsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        // By primary key only, publication checked on the rows: with the state in the WHERE clause SQLite may prefer the
        // state index and read every published row (a gigabyte at 100,000 practices) instead of the ids asked for.
        // EF.Parameter: the ids travel as one JSON array. EF Core 10 otherwise sends one parameter per id: an export of 10,000
        // ids then spends a minute compiling SQL with 10,000 parameters, and SQL Server refuses more than 2,100.
        var records = await Project(db.Practices.Where(p => EF.Parameter(ids).Contains(p.Id))).ToListAsync(cancellationToken);
        var byId = records.Where(r => r.State == PracticeState.Published && r.RevisionOfId == null).ToDictionary(r => r.Id);
        var result = ids.Where(byId.ContainsKey).Select(id => ToRecord(byId[id])).ToList();
        return await WithTranslationsAsync(result, cancellationToken);
    }

    /// <summary>
    /// The records with their reviewed translations (issue 12). The catalogue index knows which practices have one, so a
    /// batch without any costs no query.
    /// </summary>
    private async Task<IReadOnlyList<PracticeRecord>> WithTranslationsAsync(List<PracticeRecord> records, CancellationToken cancellationToken)
    {
        var index = await search.IndexAsync(cancellationToken);
        var translated = records
            .Where(r => !index.TryGetPosition(r.Id, out var position) || index.IsAvailableIn(position, RecordTranslation.OtherLanguage(r.Language)))
            .Select(r => r.Id)
            .ToList();
        if (translated.Count == 0)
        {
            return records;
        }
        var translations = await TranslationsAsync(translated, cancellationToken);
        return records.Select(r => translations.TryGetValue(r.Id, out var t) ? r with { Translation = t } : r).ToList();
    }

    private async Task<Dictionary<int, PracticeTranslation>> TranslationsAsync(List<int> ids, CancellationToken cancellationToken) =>
        (await db.RecordTranslations
            .Where(t => t.RecordType == TranslatedRecordType.Practice && t.ReviewedTextsJson != null && EF.Parameter(ids).Contains(t.RecordId))
            .ToListAsync(cancellationToken))
        .ToDictionary(t => t.RecordId, t => new PracticeTranslation(t.Language, t.ReviewedTexts!, t.ReviewedAtUtc));

    /// <summary>A published practice's reviewed translation (the API's detail), or null.</summary>
    public async Task<PracticeTranslation?> TranslationAsync(int id, CancellationToken cancellationToken) =>
        (await TranslationsAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>One page of a view as open-data records, with the view's total (the API's list).</summary>
    public async Task<(int Total, IReadOnlyList<PracticeRecord> Items)> PageAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        var total = await search.CountAsync(query, cancellationToken);
        var ids = await search.PageIdsAsync(query, (query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        return (total, await RecordsAsync(ids, cancellationToken));
    }

    /// <summary>
    /// Records of a whole view (exports, feed), in its order. The ids come from the catalogue index and travel as one
    /// parameter (a JSON array on both providers; see <see cref="RecordsAsync(IReadOnlyList{int}, CancellationToken)"/>).
    /// </summary>
    public async Task<IReadOnlyList<PracticeRecord>> RecordsAsync(CatalogueQuery query, int limit, CancellationToken cancellationToken) =>
        await RecordsAsync(await search.AllIdsAsync(query, limit, cancellationToken), cancellationToken);

    /// <summary>The ids of a whole view (exports), in its order, from the catalogue index.</summary>
    public Task<List<int>> IdsAsync(CatalogueQuery query, int limit, CancellationToken cancellationToken) =>
        search.AllIdsAsync(query, limit, cancellationToken);

    /// <summary>
    /// The records of <paramref name="ids"/>, in their order, read <see cref="StreamBatchSize"/> at a time: an export of
    /// thousands of practices is written out as it is read instead of being held in memory whole.
    /// </summary>
    public async IAsyncEnumerable<PracticeRecord> StreamAsync(IReadOnlyList<int> ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Chunk(StreamBatchSize))
        {
            foreach (var record in await RecordsAsync(batch, cancellationToken))
            {
                yield return record;
            }
        }
    }

    /// <summary>A practice's page; null when it does not exist or is not public and <paramref name="includeUnpublished"/> is false.</summary>
    public async Task<PracticeDetails?> DetailsAsync(int id, bool includeUnpublished, CancellationToken cancellationToken)
    {
        // One open connection for the page's few commands instead of an open and close of the pooled connection per command.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadDetailsAsync(id, includeUnpublished, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<PracticeDetails?> ReadDetailsAsync(int id, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var source = includeUnpublished ? db.Practices : search.Published;
        // The record and its texts in one split query: the practice row once, then one command per collection.
        var row = await source.Where(p => p.Id == id)
            .Select(p => new DetailsRow(
                p.Id, p.Slug, p.Title, p.Summary, p.Language, p.StartDate, p.EndDate, p.ImplementationStatus, p.Locality,
                p.PublishedAtUtc, p.UpdatedAtUtc, p.State, p.RevisionOfId,
                new PracticeIndicators
                {
                    PeopleReached = p.Indicators.PeopleReached,
                    WomenReached = p.Indicators.WomenReached,
                    PeoplePlacedInJobs = p.Indicators.PeoplePlacedInJobs,
                    PeopleTrained = p.Indicators.PeopleTrained,
                    BusinessesStarted = p.Indicators.BusinessesStarted,
                    QualificationsRecognised = p.Indicators.QualificationsRecognised,
                },
                p.Context, p.Description, p.Results, p.AgeGenderDiversityApproach, p.Challenges, p.LessonsLearned,
                p.ReplicationConditions, p.SustainabilityAndFunding,
                p.Countries.Select(c => c.CountryCode).ToList(),
                p.SubnationalAreas.Select(a => a.Code).ToList(),
                p.StrategyAreas.Select(a => a.Area).ToList(),
                p.Populations.Select(x => x.Population).ToList(),
                p.Mechanisms.OrderBy(m => m.Id).Select(m => new MechanismEntry(m.Mechanism, m.Description)).ToList(),
                p.Organisations.Select(o => new OrganisationParticipation(
                    o.OrganisationId, o.Organisation!.Name, o.Organisation.Acronym, o.Organisation.ActorType,
                    o.Organisation.CountryCode, o.Role, o.Organisation.Website)).ToList(),
                p.OtherIndicators.OrderBy(i => i.Id).Select(i => new OtherIndicator(i.Name, i.Value, i.Unit)).ToList(),
                p.EvidenceLinks.OrderBy(l => l.Id).Select(l => new EvidenceLink(l.Title, l.Url)).ToList(),
                p.Criteria.Where(c => c.IsMet).OrderBy(c => c.Criterion).Select(c => new CriterionEntry(c.Criterion, c.Note)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var replications = await db.Commitments
            .Where(c => c.Kind == CommitmentKind.ReplicatePractice && c.ReplicatedPracticeId == id && c.Status != CommitmentStatus.Withdrawn)
            .OrderBy(c => c.DueDate)
            .Select(c => new
            {
                c.Title, c.TargetCountryCode, c.TargetLocality, c.Status, c.DueDate,
                Organisations = c.Organisations.Select(o => o.Organisation!.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var blocks = await BlocksQuery(id)
            .Select(b => new BlockRow(b.Position, b.Title, b.Description, b.EnablingFactors, b.TransferConditions, b.ActorTypeCodes))
            .ToListAsync(cancellationToken);

        var index = await search.IndexAsync(cancellationToken);
        var relatedIds = index.Related(id, row.Areas, row.Countries, RelatedCount);
        var related = await search.CardsAsync(index, relatedIds, cancellationToken);

        var record = ToRecord(new Row(
            row.Id, row.Slug, row.Title, row.Summary, row.Language, row.StartDate, row.EndDate, row.Status, row.Locality,
            row.PublishedAtUtc, row.UpdatedAtUtc, row.State, row.RevisionOfId, row.Indicators,
            row.Countries, row.SubnationalAreas, row.Areas, row.Populations, row.MechanismEntries.Select(m => m.Mechanism).ToList(), row.Organisations, blocks));
        return new PracticeDetails(
            record, row.State == PracticeState.Published && row.RevisionOfId == null, row.State,
            row.Context, row.Description, row.Results, row.AgeGenderDiversityApproach, row.Challenges, row.LessonsLearned,
            row.ReplicationConditions, row.SustainabilityAndFunding,
            row.MechanismEntries, row.OtherIndicators, row.EvidenceLinks, row.Criteria,
            replications.Select(r => new Replication(r.Title, r.Organisations, r.TargetCountryCode, r.TargetLocality, r.Status, r.DueDate)).ToList(),
            related)
        {
            Blocks = record.Blocks,
        };
    }

    private IQueryable<PracticeBuildingBlock> BlocksQuery(int practiceId) =>
        db.PracticeBuildingBlocks.AsNoTracking().Where(b => b.PracticeId == practiceId).OrderBy(b => b.Position);

    /// <summary>The record and card projections, unexecuted, for the SQL Server translation test.</summary>
    public IEnumerable<(string Name, IQueryable Query)> QueriesOf(CatalogueQuery query)
    {
        // Exports read records by the index's ids, sent as one JSON array parameter.
        List<int> ids = [1, 2, 3];
        yield return ("records", Project(db.Practices.Where(p => EF.Parameter(ids).Contains(p.Id))));
        yield return ("replications", db.Commitments
            .Where(c => c.Kind == CommitmentKind.ReplicatePractice && c.ReplicatedPracticeId == 1 && c.Status != CommitmentStatus.Withdrawn)
            .Select(c => new { c.Title, Organisations = c.Organisations.Select(o => o.Organisation!.Name).ToList() }));
    }

    private sealed record Row(
        int Id, string Slug, string Title, string Summary, string Language, DateOnly? StartDate, DateOnly? EndDate,
        ImplementationStatus Status, string? Locality, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc,
        PracticeState State, int? RevisionOfId, PracticeIndicators Indicators,
        List<string> Countries, List<string> SubnationalAreas, List<StrategyArea> Areas, List<Population> Populations, List<CoordinationMechanism> Mechanisms,
        List<OrganisationParticipation> Organisations, List<BlockRow> Blocks);

    private sealed record BlockRow(int Position, string Title, string Description, string EnablingFactors, string TransferConditions, string ActorTypeCodes);

    private sealed record DetailsRow(
        int Id, string Slug, string Title, string Summary, string Language, DateOnly? StartDate, DateOnly? EndDate,
        ImplementationStatus Status, string? Locality, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc,
        PracticeState State, int? RevisionOfId, PracticeIndicators Indicators,
        string Context, string Description, string Results, string AgeGenderDiversityApproach, string Challenges,
        string LessonsLearned, string ReplicationConditions, string SustainabilityAndFunding,
        List<string> Countries, List<string> SubnationalAreas, List<StrategyArea> Areas, List<Population> Populations, List<MechanismEntry> MechanismEntries,
        List<OrganisationParticipation> Organisations, List<OtherIndicator> OtherIndicators, List<EvidenceLink> EvidenceLinks,
        List<CriterionEntry> Criteria);

    private static IQueryable<Row> Project(IQueryable<Practice> practices) =>
        practices
            .Select(p => new Row(
                p.Id, p.Slug, p.Title, p.Summary, p.Language, p.StartDate, p.EndDate, p.ImplementationStatus, p.Locality,
                p.PublishedAtUtc, p.UpdatedAtUtc, p.State, p.RevisionOfId,
                new PracticeIndicators
                {
                    PeopleReached = p.Indicators.PeopleReached,
                    WomenReached = p.Indicators.WomenReached,
                    PeoplePlacedInJobs = p.Indicators.PeoplePlacedInJobs,
                    PeopleTrained = p.Indicators.PeopleTrained,
                    BusinessesStarted = p.Indicators.BusinessesStarted,
                    QualificationsRecognised = p.Indicators.QualificationsRecognised,
                },
                p.Countries.Select(c => c.CountryCode).ToList(),
                p.SubnationalAreas.Select(a => a.Code).ToList(),
                p.StrategyAreas.Select(a => a.Area).ToList(),
                p.Populations.Select(x => x.Population).ToList(),
                p.Mechanisms.Select(m => m.Mechanism).ToList(),
                p.Organisations.Select(o => new OrganisationParticipation(
                    o.OrganisationId, o.Organisation!.Name, o.Organisation.Acronym, o.Organisation.ActorType,
                    o.Organisation.CountryCode, o.Role, o.Organisation.Website)).ToList(),
                p.BuildingBlocks.OrderBy(b => b.Position)
                    .Select(b => new BlockRow(b.Position, b.Title, b.Description, b.EnablingFactors, b.TransferConditions, b.ActorTypeCodes)).ToList()))
            .AsSplitQuery();

    private static PracticeRecord ToRecord(Row r) => new(
        r.Id, r.Slug, r.Title, r.Summary, r.Language, r.StartDate, r.EndDate, r.Status, r.Locality, r.PublishedAtUtc, r.UpdatedAtUtc,
        r.Countries.OrderBy(Country.MirpsOrder).ToList(),
        r.Areas.Order().ToList(),
        r.Populations.Order().ToList(),
        r.Mechanisms.Distinct().Order().ToList(),
        r.Organisations.OrderBy(o => o.Role).ThenBy(o => o.Name, StringComparer.CurrentCulture).ToList(),
        r.Indicators)
    {
        SubnationalAreaCodes = r.SubnationalAreas.OrderBy(SubnationalAreas.Order).ThenBy(c => c, StringComparer.Ordinal).ToList(),
        Blocks = [.. r.Blocks.OrderBy(b => b.Position).Select(b => new PublicBuildingBlock(
            b.Position, b.Title, b.Description, b.EnablingFactors, b.TransferConditions, PracticeBuildingBlock.ParseActorTypes(b.ActorTypeCodes)))],
    };
}
