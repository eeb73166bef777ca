using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Practices;

/// <summary>
/// Everything a submitter writes about a practice, apart from its lifecycle. The one mapping between the form, the entity,
/// the submitted-version snapshot and the copy made for a revision, so no field is forgotten in one of them.
/// </summary>
public sealed class PracticeContent
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Context { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Locality { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ImplementationStatus ImplementationStatus { get; set; }
    public string Results { get; set; } = "";
    public int? PeopleReached { get; set; }
    public int? WomenReached { get; set; }
    public int? PeoplePlacedInJobs { get; set; }
    public int? PeopleTrained { get; set; }
    public int? BusinessesStarted { get; set; }
    public int? QualificationsRecognised { get; set; }
    public string AgeGenderDiversityApproach { get; set; } = "";
    public string Challenges { get; set; } = "";
    public string LessonsLearned { get; set; } = "";
    public string ReplicationConditions { get; set; } = "";
    public string SustainabilityAndFunding { get; set; } = "";
    public string Language { get; set; } = RecordLanguages.Spanish;
    public int? CallForPracticesId { get; set; }
    public List<string> Countries { get; set; } = [];
    /// <summary>ISO 3166-2 codes of the first-level subdivisions the practice works in (see <see cref="SubnationalAreas"/>).</summary>
    public List<string> SubnationalAreas { get; set; } = [];
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public List<Population> Populations { get; set; } = [];
    public List<OrganisationLink> Organisations { get; set; } = [];
    public List<MechanismEntry> Mechanisms { get; set; } = [];
    public List<IndicatorEntry> OtherIndicators { get; set; } = [];
    public List<EvidenceEntry> EvidenceLinks { get; set; } = [];
    public List<BuildingBlockEntry> BuildingBlocks { get; set; } = [];

    public static PracticeContent From(Practice p) => new()
    {
        Title = p.Title,
        Summary = p.Summary,
        Context = p.Context,
        Description = p.Description,
        Locality = p.Locality,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
        ImplementationStatus = p.ImplementationStatus,
        Results = p.Results,
        PeopleReached = p.Indicators.PeopleReached,
        WomenReached = p.Indicators.WomenReached,
        PeoplePlacedInJobs = p.Indicators.PeoplePlacedInJobs,
        PeopleTrained = p.Indicators.PeopleTrained,
        BusinessesStarted = p.Indicators.BusinessesStarted,
        QualificationsRecognised = p.Indicators.QualificationsRecognised,
        AgeGenderDiversityApproach = p.AgeGenderDiversityApproach,
        Challenges = p.Challenges,
        LessonsLearned = p.LessonsLearned,
        ReplicationConditions = p.ReplicationConditions,
        SustainabilityAndFunding = p.SustainabilityAndFunding,
        Language = p.Language,
        CallForPracticesId = p.CallForPracticesId,
        Countries = [.. p.Countries.Select(c => c.CountryCode).Order(StringComparer.Ordinal)],
        SubnationalAreas = [.. p.SubnationalAreas.Select(a => a.Code).OrderBy(Domain.SubnationalAreas.Order).ThenBy(c => c, StringComparer.Ordinal)],
        StrategyAreas = [.. p.StrategyAreas.Select(a => a.Area).Order()],
        Populations = [.. p.Populations.Select(x => x.Population).Order()],
        Organisations = [.. p.Organisations.OrderBy(o => o.Role).ThenBy(o => o.OrganisationId).Select(o => new OrganisationLink(o.OrganisationId, o.Role))],
        Mechanisms = [.. p.Mechanisms.OrderBy(m => m.Mechanism).Select(m => new MechanismEntry(m.Mechanism, m.Description))],
        OtherIndicators = [.. p.OtherIndicators.OrderBy(i => i.Id).Select(i => new IndicatorEntry(i.Name, i.Value, i.Unit))],
        EvidenceLinks = [.. p.EvidenceLinks.OrderBy(e => e.Id).Select(e => new EvidenceEntry(e.Title, e.Url))],
        BuildingBlocks = [.. p.BuildingBlocks.OrderBy(b => b.Position).Select(b => new BuildingBlockEntry(b.Title, b.Description, b.EnablingFactors, b.TransferConditions, [.. b.ActorTypes]))],
    };

    /// <summary>This content as it reads back once stored: lists in stored order, text trimmed where storing trims it.</summary>
    public PracticeContent AsStored()
    {
        // A detached probe: it is never tracked or saved, so its submitter does not matter.
        var practice = new Practice { SubmitterId = "" };
        ApplyTo(practice);
        return From(practice);
    }

    /// <summary>
    /// Writes this content onto a tracked practice (with its collections loaded). Join rows are matched by key and updated
    /// in place, because deleting and re-adding the same composite key in one unit of work confuses the change tracker.
    /// </summary>
    public void ApplyTo(Practice p)
    {
        p.Title = Title.Trim();
        p.Slug = Slugs.From(p.Title);
        p.Summary = Summary;
        p.Context = Context;
        p.Description = Description;
        p.Locality = string.IsNullOrWhiteSpace(Locality) ? null : Locality.Trim();
        p.StartDate = StartDate;
        p.EndDate = EndDate;
        p.ImplementationStatus = ImplementationStatus;
        p.Results = Results;
        p.Indicators ??= new PracticeIndicators();
        p.Indicators.PeopleReached = PeopleReached;
        p.Indicators.WomenReached = WomenReached;
        p.Indicators.PeoplePlacedInJobs = PeoplePlacedInJobs;
        p.Indicators.PeopleTrained = PeopleTrained;
        p.Indicators.BusinessesStarted = BusinessesStarted;
        p.Indicators.QualificationsRecognised = QualificationsRecognised;
        p.AgeGenderDiversityApproach = AgeGenderDiversityApproach;
        p.Challenges = Challenges;
        p.LessonsLearned = LessonsLearned;
        p.ReplicationConditions = ReplicationConditions;
        p.SustainabilityAndFunding = SustainabilityAndFunding;
        p.Language = Language;
        p.CallForPracticesId = CallForPracticesId;

        Sync(p.Countries, Countries.Distinct(StringComparer.Ordinal).ToList(), c => c.CountryCode, code => code, code => new PracticeCountry { CountryCode = code }, (_, _) => { });
        Sync(p.SubnationalAreas, SubnationalAreas.Distinct(StringComparer.Ordinal).ToList(), a => a.Code, code => code, code => new PracticeSubnationalArea { Code = code }, (_, _) => { });
        Sync(p.StrategyAreas, StrategyAreas.Distinct().ToList(), a => a.Area, a => a, a => new PracticeStrategyArea { Area = a }, (_, _) => { });
        Sync(p.Populations, Populations.Distinct().ToList(), x => x.Population, x => x, x => new PracticePopulation { Population = x }, (_, _) => { });
        Sync(p.Organisations, Organisations.DistinctBy(o => o.OrganisationId).ToList(), o => o.OrganisationId, o => o.OrganisationId,
            o => new PracticeOrganisation { OrganisationId = o.OrganisationId, Role = o.Role }, (row, o) => row.Role = o.Role);
        Sync(p.Mechanisms, Mechanisms.DistinctBy(m => m.Mechanism).ToList(), m => m.Mechanism, m => m.Mechanism,
            m => new PracticeMechanism { Mechanism = m.Mechanism, Description = m.Description.Trim() }, (row, m) => row.Description = m.Description.Trim());

        // Rows with a surrogate key: replaced wholesale, their order is the order typed.
        p.OtherIndicators.Clear();
        p.OtherIndicators.AddRange(OtherIndicators.Select(i => new PracticeIndicator { Name = i.Name.Trim(), Value = i.Value, Unit = string.IsNullOrWhiteSpace(i.Unit) ? null : i.Unit.Trim() }));
        p.EvidenceLinks.Clear();
        p.EvidenceLinks.AddRange(EvidenceLinks.Select(e => new PracticeEvidenceLink { Title = e.Title.Trim(), Url = e.Url.Trim() }));

        // Building blocks are matched by position and updated in place, so a block keeps its id and public URL across edits.
        var blocks = BuildingBlocks.Take(PracticeBuildingBlock.MaxPerPractice)
            .Select((b, i) => (Position: i + 1, Block: b)).ToList();
        Sync(p.BuildingBlocks, blocks, r => r.Position, b => b.Position,
            b => ApplyBlock(new PracticeBuildingBlock { Position = b.Position }, b.Block), (row, b) => ApplyBlock(row, b.Block));
    }

    private static PracticeBuildingBlock ApplyBlock(PracticeBuildingBlock row, BuildingBlockEntry b)
    {
        row.Title = b.Title.Trim();
        row.Description = b.Description.Trim();
        row.EnablingFactors = b.EnablingFactors.Trim();
        row.TransferConditions = b.TransferConditions.Trim();
        row.ActorTypeCodes = PracticeBuildingBlock.FormatActorTypes(b.ActorTypes);
        return row;
    }

    private static void Sync<TRow, TItem, TKey>(List<TRow> rows, List<TItem> items, Func<TRow, TKey> rowKey, Func<TItem, TKey> itemKey,
        Func<TItem, TRow> create, Action<TRow, TItem> update) where TKey : notnull
    {
        var wanted = items.ToDictionary(itemKey);
        rows.RemoveAll(r => !wanted.ContainsKey(rowKey(r)));
        foreach (var row in rows)
        {
            update(row, wanted[rowKey(row)]);
        }
        var present = rows.Select(rowKey).ToHashSet();
        rows.AddRange(items.Where(i => !present.Contains(itemKey(i))).Select(create));
    }
}

public sealed record OrganisationLink(int OrganisationId, ParticipationRole Role);

public sealed record MechanismEntry(CoordinationMechanism Mechanism, string Description);

public sealed record IndicatorEntry(string Name, decimal Value, string? Unit);

public sealed record EvidenceEntry(string Title, string Url);

public sealed record BuildingBlockEntry(string Title, string Description, string EnablingFactors, string TransferConditions, IReadOnlyList<ActorType> ActorTypes);
