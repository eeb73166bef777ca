using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Catalogue;

/// <summary>One row of the full-text index's answer: the practice and its score, lower is better on both providers.</summary>
public sealed class FullTextHit
{
    public int PracticeId { get; set; }
    public double Score { get; set; }
}

public sealed record PracticeCard(
    int Id,
    string Slug,
    string Title,
    string Summary,
    string Language,
    DateOnly? StartDate,
    DateOnly? EndDate,
    ImplementationStatus Status,
    DateTime? PublishedAtUtc,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<StrategyArea> StrategyAreas,
    IReadOnlyList<ActorType> ActorTypes)
{
    /// <summary>The original's language when the card shows a reviewed translation (issue 12); null for the original.</summary>
    public string? TranslatedFrom { get; init; }
}

public sealed record FacetCounts(CatalogueFacet Facet, IReadOnlyDictionary<string, int> Counts);

public sealed record CataloguePage(CatalogueQuery Query, int Total, IReadOnlyList<PracticeCard> Items, IReadOnlyList<FacetCounts> Facets)
{
    public int PageCount => Total == 0 ? 0 : (Total + Query.PageSize - 1) / Query.PageSize;
}

/// <summary>
/// The public catalogue's search (docs/catalogue.md): published practices only, full-text via FTS5 or SQL Server full-text,
/// disjunctive facets (each facet's counts apply every other active filter), relevance/newest/title order and paging.
/// Filtering, counting, ordering and paging run on the in-memory <see cref="CatalogueIndex"/> (docs/performance.md): a page
/// costs the full-text query when there are words (its matches are kept for repeated searches) and the cards' one split
/// query, whatever the size of the catalogue. The composable SQL forms below (<see cref="Filtered"/>, <see cref="OrderedIds"/>,
/// <see cref="FacetAsync"/>) state the same rules in LINQ; the tests compare both and check their SQL Server translation.
/// </summary>
public sealed class CatalogueSearch(AppDbContext db, CatalogueIndexProvider indexes)
{
    /// <summary>The only practices the public may see: published, and not a pending revision of another.</summary>
    public IQueryable<Practice> Published =>
        db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null);

    public async Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        var (index, text) = await ViewAsync(query, cancellationToken);
        var view = index.Filter(query, text?.Bits);
        var ids = index.OrderedIds(view, query.EffectiveSort, text, (query.Page - 1) * query.PageSize, query.PageSize);
        var cards = await CardsAsync(index, ids, cancellationToken);
        var facets = Enum.GetValues<CatalogueFacet>()
            .Select(facet => new FacetCounts(facet, index.Counts(facet, index.Filter(query, text?.Bits, except: facet))))
            .ToList();
        return new CataloguePage(query, view.Count(), cards, facets);
    }

    /// <summary>The filtered, ordered ids of a whole view (exports and feed), at most <paramref name="limit"/>.</summary>
    public async Task<List<int>> AllIdsAsync(CatalogueQuery query, int limit, CancellationToken cancellationToken) =>
        await PageIdsAsync(query, 0, limit, cancellationToken);

    /// <summary>Ids of one stretch of a view in display order.</summary>
    public async Task<List<int>> PageIdsAsync(CatalogueQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        var (index, text) = await ViewAsync(query, cancellationToken);
        return index.OrderedIds(index.Filter(query, text?.Bits), query.EffectiveSort, text, skip, take);
    }

    public async Task<int> CountAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        var (index, text) = await ViewAsync(query, cancellationToken);
        return index.Filter(query, text?.Bits).Count();
    }

    /// <summary>The current index of published practices (home figures, related practices).</summary>
    public Task<CatalogueIndex> IndexAsync(CancellationToken cancellationToken) => indexes.GetAsync(db, cancellationToken);

    private async Task<(CatalogueIndex Index, TextMatches? Text)> ViewAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        var fullText = query.FullText;
        if (fullText.IsEmpty)
        {
            return (await indexes.GetAsync(db, cancellationToken), null);
        }
        var (index, matches) = await indexes.MatchesAsync(db, fullText, () => Hits(fullText), cancellationToken);
        return (index, matches);
    }

    /// <summary>Cards for the given ids, in the same order.</summary>
    public async Task<IReadOnlyList<PracticeCard>> CardsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        // By primary key only, publication checked on the rows (see PracticeRecords.RecordsAsync).
        var rows = await db.Practices
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.State, p.RevisionOfId, p.Id, p.Slug, p.Title, p.Summary, p.Language, p.StartDate, p.EndDate, p.ImplementationStatus, p.PublishedAtUtc,
                Countries = p.Countries.Select(c => c.CountryCode).ToList(),
                Areas = p.StrategyAreas.Select(a => a.Area).ToList(),
                ActorTypes = p.Organisations.Select(o => o.Organisation!.ActorType).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var byId = rows.Where(r => r.State == PracticeState.Published && r.RevisionOfId == null).ToDictionary(r => r.Id);
        var cards = ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => new PracticeCard(
            r.Id, r.Slug, r.Title, r.Summary, r.Language, r.StartDate, r.EndDate, r.ImplementationStatus, r.PublishedAtUtc,
            r.Countries.OrderBy(Country.MirpsOrder).ToList(),
            r.Areas.Order().ToList(),
            r.ActorTypes.Distinct().Order().ToList())).ToList();
        return await TranslateAsync(cards, _ => true, cancellationToken);
    }

    /// <summary>The reader's language (the UI culture), as a record language.</summary>
    private static string ReaderLanguage =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == RecordLanguages.English ? RecordLanguages.English : RecordLanguages.Spanish;

    /// <summary>
    /// Cards in the reader's language where a reviewed translation into it exists (issue 12): title and summary, lang and
    /// the original's language for the note. <paramref name="mayBeTranslated"/> lets the index rule out the cards that have
    /// none, so a page of originals costs no query.
    /// </summary>
    private async Task<IReadOnlyList<PracticeCard>> TranslateAsync(List<PracticeCard> cards, Func<PracticeCard, bool> mayBeTranslated, CancellationToken cancellationToken)
    {
        var reader = ReaderLanguage;
        var ids = cards.Where(c => c.Language != reader && mayBeTranslated(c)).Select(c => c.Id).ToList();
        if (ids.Count == 0)
        {
            return cards;
        }
        var translations = await db.RecordTranslations
            .Where(t => t.RecordType == TranslatedRecordType.Practice && t.Language == reader && t.ReviewedTextsJson != null && EF.Parameter(ids).Contains(t.RecordId))
            .ToDictionaryAsync(t => t.RecordId, t => t.ReviewedTexts!, cancellationToken);
        return cards.Select(c => translations.TryGetValue(c.Id, out var texts)
            ? c with
            {
                Title = texts.TryGetValue(TranslatableFields.Title, out var title) && title.Length > 0 ? title : c.Title,
                Summary = texts.TryGetValue(TranslatableFields.Summary, out var summary) && summary.Length > 0 ? summary : c.Summary,
                Language = reader,
                TranslatedFrom = c.Language,
            }
            : c).ToList();
    }

    /// <summary>
    /// Cards for ids taken from <paramref name="index"/> (a catalogue page, related practices), in the same order: one
    /// primary-key query for the practices' own columns, and their countries, areas and actor types from the index's bitsets
    /// instead of three more commands. Publication is still checked on the rows read.
    /// </summary>
    public async Task<IReadOnlyList<PracticeCard>> CardsAsync(CatalogueIndex index, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        if (!ids.All(index.IsPublished))
        {
            return await CardsAsync(ids, cancellationToken);
        }
        var rows = await db.Practices
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.State, p.RevisionOfId, p.Id, p.Slug, p.Title, p.Summary, p.Language, p.StartDate, p.EndDate, p.ImplementationStatus, p.PublishedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var byId = rows.Where(r => r.State == PracticeState.Published && r.RevisionOfId == null).ToDictionary(r => r.Id);
        var cards = ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r =>
        {
            index.TryGetPosition(r.Id, out var position);
            return new PracticeCard(
                r.Id, r.Slug, r.Title, r.Summary, r.Language, r.StartDate, r.EndDate, r.ImplementationStatus, r.PublishedAtUtc,
                index.ValuesAt(CatalogueFacet.Country, position).OrderBy(Country.MirpsOrder).ToList(),
                index.ValuesAt(CatalogueFacet.StrategyArea, position).Select(Enum.Parse<StrategyArea>).Order().ToList(),
                index.ValuesAt(CatalogueFacet.ActorType, position).Select(Enum.Parse<ActorType>).Order().ToList());
        }).ToList();
        var reader = ReaderLanguage;
        return await TranslateAsync(cards, c => index.TryGetPosition(c.Id, out var position) && index.IsAvailableIn(position, reader), cancellationToken);
    }

    /// <summary>Reviewed translations of practices: what makes a practice available in a second language.</summary>
    private IQueryable<RecordTranslation> ReviewedPracticeTranslations =>
        db.RecordTranslations.Where(t => t.RecordType == TranslatedRecordType.Practice && t.ReviewedTextsJson != null);

    /// <summary>Published practices matching every filter of the query except <paramref name="except"/>'s own.</summary>
    public IQueryable<Practice> Filtered(CatalogueQuery query, CatalogueFacet? except = null, bool applyText = true)
    {
        var practices = Published;
        if (applyText && !query.FullText.IsEmpty)
        {
            var hits = Hits(query.FullText);
            practices = practices.Where(p => hits.Any(h => h.PracticeId == p.Id));
        }
        if (except != CatalogueFacet.Country && query.Countries.Count > 0)
        {
            var countries = query.Countries;
            practices = practices.Where(p => p.Countries.Any(c => countries.Contains(c.CountryCode)));
        }
        if (except != CatalogueFacet.SubnationalArea && query.SubnationalAreas.Count > 0)
        {
            var codes = query.SubnationalAreas;
            practices = practices.Where(p => p.SubnationalAreas.Any(a => codes.Contains(a.Code)));
        }
        if (except != CatalogueFacet.StrategyArea && query.StrategyAreas.Count > 0)
        {
            var areas = query.StrategyAreas;
            practices = practices.Where(p => p.StrategyAreas.Any(a => areas.Contains(a.Area)));
        }
        if (except != CatalogueFacet.ActorType && query.ActorTypes.Count > 0)
        {
            var types = query.ActorTypes;
            practices = practices.Where(p => p.Organisations.Any(o => types.Contains(o.Organisation!.ActorType)));
        }
        if (except != CatalogueFacet.Population && query.Populations.Count > 0)
        {
            var populations = query.Populations;
            practices = practices.Where(p => p.Populations.Any(x => populations.Contains(x.Population)));
        }
        if (except != CatalogueFacet.Mechanism && query.Mechanisms.Count > 0)
        {
            var mechanisms = query.Mechanisms;
            practices = practices.Where(p => p.Mechanisms.Any(m => mechanisms.Contains(m.Mechanism)));
        }
        if (except != CatalogueFacet.Status && query.Statuses.Count > 0)
        {
            var statuses = query.Statuses;
            practices = practices.Where(p => statuses.Contains(p.ImplementationStatus));
        }
        if (except != CatalogueFacet.Year && query.Years.Count > 0)
        {
            var years = query.Years;
            practices = practices.Where(p => p.StartDate != null && years.Contains(p.StartDate.Value.Year));
        }
        if (except != CatalogueFacet.Language && query.Languages.Count > 0)
        {
            var languages = query.Languages;
            var translated = ReviewedPracticeTranslations;
            practices = practices.Where(p => languages.Contains(p.Language) || translated.Any(t => t.RecordId == p.Id && languages.Contains(t.Language)));
        }
        if (except != CatalogueFacet.BlockActorType && query.BlockActorTypes.Count > 0)
        {
            // Codes are stored space-separated and no code contains another (PracticeBuildingBlock.ActorTypeCodes).
            var carriers = query.BlockActorTypes.Select(t => t.ToString()).ToList();
            practices = practices.Where(p => p.BuildingBlocks.Any(b => carriers.Any(c => b.ActorTypeCodes.Contains(c))));
        }
        return practices;
    }

    /// <summary>Ids of the whole view in display order; relevance joins the index's scores instead of filtering twice.</summary>
    public IQueryable<int> OrderedIds(CatalogueQuery query)
    {
        switch (query.EffectiveSort)
        {
            case CatalogueSort.Relevance:
                var hits = Hits(query.FullText);
                return from p in Filtered(query, applyText: false)
                       join h in hits on p.Id equals h.PracticeId
                       orderby h.Score, p.PublishedAtUtc descending, p.Id descending
                       select p.Id;
            case CatalogueSort.Title:
                return Filtered(query).OrderBy(p => p.Title).ThenBy(p => p.Id).Select(p => p.Id);
            default:
                return Filtered(query).OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id).Select(p => p.Id);
        }
    }

    /// <summary>Counts per value of one facet among the practices matching every other active filter.</summary>
    public async Task<IReadOnlyDictionary<string, int>> FacetAsync(CatalogueQuery query, CatalogueFacet facet, CancellationToken cancellationToken)
    {
        var ids = Filtered(query, except: facet).Select(p => p.Id);
        return facet switch
        {
            CatalogueFacet.Country => await ToDictionaryAsync(CountryFacet(ids), k => k, cancellationToken),
            CatalogueFacet.StrategyArea => await ToDictionaryAsync(StrategyAreaFacet(ids), k => k.ToString(), cancellationToken),
            CatalogueFacet.ActorType => await ToDictionaryAsync(ActorTypeFacet(ids), k => k.ToString(), cancellationToken),
            CatalogueFacet.Population => await ToDictionaryAsync(PopulationFacet(ids), k => k.ToString(), cancellationToken),
            CatalogueFacet.Mechanism => await ToDictionaryAsync(MechanismFacet(ids), k => k.ToString(), cancellationToken),
            CatalogueFacet.Status => await ToDictionaryAsync(StatusFacet(Filtered(query, except: facet)), k => k.ToString(), cancellationToken),
            CatalogueFacet.Language => await LanguageFacetAsync(ids, cancellationToken),
            CatalogueFacet.BlockActorType => await BlockActorTypeFacetAsync(ids, cancellationToken),
            CatalogueFacet.SubnationalArea => await ToDictionaryAsync(SubnationalAreaFacet(ids), k => k, cancellationToken),
            _ => await ToDictionaryAsync(YearFacet(Filtered(query, except: facet)), k => k.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken),
        };
    }

    /// <summary>Every query a catalogue page sends, unexecuted: the SQL Server translation test renders each with ToQueryString().</summary>
    public IEnumerable<(string Name, IQueryable Query)> QueriesOf(CatalogueQuery query)
    {
        yield return ("count", Filtered(query));
        foreach (var sort in Enum.GetValues<CatalogueSort>())
        {
            yield return ($"ids-{sort}", OrderedIds(query with { Sort = sort }).Skip(20).Take(20));
        }
        yield return ("facet-country", CountryFacet(Filtered(query, CatalogueFacet.Country).Select(p => p.Id)));
        yield return ("facet-subnational", SubnationalAreaFacet(Filtered(query, CatalogueFacet.SubnationalArea).Select(p => p.Id)));
        yield return ("facet-area", StrategyAreaFacet(Filtered(query, CatalogueFacet.StrategyArea).Select(p => p.Id)));
        yield return ("facet-actor", ActorTypeFacet(Filtered(query, CatalogueFacet.ActorType).Select(p => p.Id)));
        yield return ("facet-population", PopulationFacet(Filtered(query, CatalogueFacet.Population).Select(p => p.Id)));
        yield return ("facet-mechanism", MechanismFacet(Filtered(query, CatalogueFacet.Mechanism).Select(p => p.Id)));
        yield return ("facet-status", StatusFacet(Filtered(query, CatalogueFacet.Status)));
        yield return ("facet-year", YearFacet(Filtered(query, CatalogueFacet.Year)));
        var languageIds = Filtered(query, CatalogueFacet.Language).Select(p => p.Id);
        yield return ("facet-language-originals", OriginalLanguageFacet(languageIds));
        yield return ("facet-language-translations", TranslationLanguageFacet(languageIds));
        yield return ("facet-block-actor", BlockActorTypeFacet(Filtered(query, CatalogueFacet.BlockActorType).Select(p => p.Id), ActorType.LocalGovernment));
    }

    public sealed record KeyCount<TKey>(TKey Key, int Count);

    private IQueryable<KeyCount<string>> CountryFacet(IQueryable<int> ids) =>
        db.PracticeCountries.Where(x => ids.Contains(x.PracticeId)).GroupBy(x => x.CountryCode).Select(g => new KeyCount<string>(g.Key, g.Count()));

    private IQueryable<KeyCount<string>> SubnationalAreaFacet(IQueryable<int> ids) =>
        db.PracticeSubnationalAreas.Where(x => ids.Contains(x.PracticeId)).GroupBy(x => x.Code).Select(g => new KeyCount<string>(g.Key, g.Count()));

    private IQueryable<KeyCount<StrategyArea>> StrategyAreaFacet(IQueryable<int> ids) =>
        db.PracticeStrategyAreas.Where(x => ids.Contains(x.PracticeId)).GroupBy(x => x.Area).Select(g => new KeyCount<StrategyArea>(g.Key, g.Count()));

    // A practice counts once per actor type even with several organisations of that type.
    private IQueryable<KeyCount<ActorType>> ActorTypeFacet(IQueryable<int> ids) =>
        db.PracticeOrganisations.Where(x => ids.Contains(x.PracticeId))
            .Select(x => new { x.PracticeId, x.Organisation!.ActorType }).Distinct()
            .GroupBy(x => x.ActorType).Select(g => new KeyCount<ActorType>(g.Key, g.Count()));

    private IQueryable<KeyCount<Population>> PopulationFacet(IQueryable<int> ids) =>
        db.PracticePopulations.Where(x => ids.Contains(x.PracticeId)).GroupBy(x => x.Population).Select(g => new KeyCount<Population>(g.Key, g.Count()));

    private IQueryable<KeyCount<CoordinationMechanism>> MechanismFacet(IQueryable<int> ids) =>
        db.PracticeMechanisms.Where(x => ids.Contains(x.PracticeId))
            .Select(x => new { x.PracticeId, x.Mechanism }).Distinct()
            .GroupBy(x => x.Mechanism).Select(g => new KeyCount<CoordinationMechanism>(g.Key, g.Count()));

    private static IQueryable<KeyCount<ImplementationStatus>> StatusFacet(IQueryable<Practice> practices) =>
        practices.GroupBy(p => p.ImplementationStatus).Select(g => new KeyCount<ImplementationStatus>(g.Key, g.Count()));

    private static IQueryable<KeyCount<int>> YearFacet(IQueryable<Practice> practices) =>
        practices.Where(p => p.StartDate != null).GroupBy(p => p.StartDate!.Value.Year).Select(g => new KeyCount<int>(g.Key, g.Count()));

    private IQueryable<KeyCount<string>> OriginalLanguageFacet(IQueryable<int> ids) =>
        db.Practices.Where(p => ids.Contains(p.Id)).GroupBy(p => p.Language).Select(g => new KeyCount<string>(g.Key, g.Count()));

    private IQueryable<KeyCount<string>> TranslationLanguageFacet(IQueryable<int> ids) =>
        ReviewedPracticeTranslations.Where(t => ids.Contains(t.RecordId)).GroupBy(t => t.Language).Select(g => new KeyCount<string>(g.Key, g.Count()));

    /// <summary>Practices readable in each language: written in it, plus those with a reviewed translation into it (never both: a translation is into the other language).</summary>
    private async Task<IReadOnlyDictionary<string, int>> LanguageFacetAsync(IQueryable<int> ids, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in (await OriginalLanguageFacet(ids).ToListAsync(cancellationToken)).Concat(await TranslationLanguageFacet(ids).ToListAsync(cancellationToken)))
        {
            counts[row.Key] = counts.GetValueOrDefault(row.Key) + row.Count;
        }
        return counts;
    }

    /// <summary>Practices among <paramref name="ids"/> with a building block carried by <paramref name="type"/>.</summary>
    private IQueryable<int> BlockActorTypeFacet(IQueryable<int> ids, ActorType type)
    {
        var code = type.ToString();
        return db.PracticeBuildingBlocks.Where(b => ids.Contains(b.PracticeId) && b.ActorTypeCodes.Contains(code)).Select(b => b.PracticeId).Distinct();
    }

    /// <summary>One count per actor type: the codes are a space-separated column, so there is no row per value to group by.</summary>
    private async Task<IReadOnlyDictionary<string, int>> BlockActorTypeFacetAsync(IQueryable<int> ids, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<ActorType>())
        {
            var count = await BlockActorTypeFacet(ids, type).CountAsync(cancellationToken);
            if (count > 0)
            {
                counts[type.ToString()] = count;
            }
        }
        return counts;
    }

    private static async Task<IReadOnlyDictionary<string, int>> ToDictionaryAsync<TKey>(IQueryable<KeyCount<TKey>> rows, Func<TKey, string> key, CancellationToken cancellationToken) =>
        (await rows.ToListAsync(cancellationToken)).ToDictionary(r => key(r.Key), r => r.Count);

    /// <summary>The full-text index's matches, as a composable query (never materialised on its own).</summary>
    public IQueryable<FullTextHit> Hits(FullTextQuery text)
    {
        if (db.Database.IsSqlServer())
        {
            var condition = text.ToSqlServer();
            // Also the words of a practice's reviewed translation (issue 12) and of its building blocks (issue 13): one row per practice, its best score.
            return db.Database.SqlQuery<FullTextHit>(
                $"SELECT [u].[PracticeId], MIN([u].[Score]) AS [Score] FROM (SELECT [KEY] AS [PracticeId], CAST(-[RANK] AS float) AS [Score] FROM CONTAINSTABLE([Practices], ([Title], [Summary], [Description], [LessonsLearned], [SearchOrganisationNames]), {condition}, LANGUAGE 0) UNION ALL SELECT [t].[RecordId] AS [PracticeId], CAST(-[c].[RANK] AS float) AS [Score] FROM CONTAINSTABLE([RecordTranslations], [SearchText], {condition}, LANGUAGE 0) AS [c] INNER JOIN [RecordTranslations] AS [t] ON [t].[Id] = [c].[KEY] WHERE [t].[RecordType] = N'Practice' UNION ALL SELECT [b].[PracticeId], CAST(-[c].[RANK] AS float) AS [Score] FROM CONTAINSTABLE([PracticeBuildingBlocks], ([Title], [Description], [EnablingFactors], [TransferConditions]), {condition}, LANGUAGE 0) AS [c] INNER JOIN [PracticeBuildingBlocks] AS [b] ON [b].[Id] = [c].[KEY]) AS [u] GROUP BY [u].[PracticeId]");
        }
        var match = text.ToFts5();
        // bm25 weights follow the column order: title, summary, description, lessons learned, organisation names.
        // Also the words of a practice's reviewed translation (issue 12) and of its building blocks (issue 13): one row per
        // practice, its best score.
        return db.Database.SqlQuery<FullTextHit>(
            $"SELECT PracticeId, MIN(Score) AS Score FROM (SELECT rowid AS PracticeId, bm25(PracticesFts, 10.0, 4.0, 1.0, 2.0, 3.0) AS Score FROM PracticesFts WHERE PracticesFts MATCH {match} UNION ALL SELECT t.RecordId AS PracticeId, bm25(RecordTranslationsFts) AS Score FROM RecordTranslationsFts JOIN RecordTranslations AS t ON t.Id = RecordTranslationsFts.rowid WHERE RecordTranslationsFts MATCH {match} AND t.RecordType = 'Practice' UNION ALL SELECT b.PracticeId, bm25(PracticeBuildingBlocksFts, 4.0, 2.0, 1.0, 1.0) AS Score FROM PracticeBuildingBlocksFts JOIN PracticeBuildingBlocks AS b ON b.Id = PracticeBuildingBlocksFts.rowid WHERE PracticeBuildingBlocksFts MATCH {match}) GROUP BY PracticeId");
    }
}
