using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Web.Models.Practices;

/// <summary>What the practice form posts. Only content: state, submitter, dates and version are never bound from a form.</summary>
public sealed class PracticeFormModel
{
    public const string IntentSave = "save";
    public const string IntentSubmit = "submit";
    public const string IntentAddOrganisation = "add-organisation";
    public const string IntentAddIndicator = "add-indicator";
    public const string IntentAddEvidence = "add-evidence";
    public const string IntentAddBlock = "add-block";

    public string? IdempotencyKey { get; set; }
    public Guid ConcurrencyStamp { get; set; }
    public string? Intent { get; set; }

    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Language { get; set; }
    public int? CallForPracticesId { get; set; }
    public List<string> Countries { get; set; } = [];
    public List<string> SubnationalAreas { get; set; } = [];
    public string? Locality { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ImplementationStatus? ImplementationStatus { get; set; }
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public List<Population> Populations { get; set; } = [];
    public List<OrganisationRowInput> Organisations { get; set; } = [];
    public NewOrganisationInput NewOrganisation { get; set; } = new();
    public List<MechanismInput> Mechanisms { get; set; } = [];
    public string? Context { get; set; }
    public string? Description { get; set; }
    public string? Results { get; set; }
    public int? PeopleReached { get; set; }
    public int? WomenReached { get; set; }
    public int? PeoplePlacedInJobs { get; set; }
    public int? PeopleTrained { get; set; }
    public int? BusinessesStarted { get; set; }
    public int? QualificationsRecognised { get; set; }
    public List<IndicatorRowInput> OtherIndicators { get; set; } = [];
    public string? AgeGenderDiversityApproach { get; set; }
    public string? Challenges { get; set; }
    public string? LessonsLearned { get; set; }
    public string? ReplicationConditions { get; set; }
    public string? SustainabilityAndFunding { get; set; }
    public List<EvidenceRowInput> EvidenceLinks { get; set; } = [];
    public List<BuildingBlockInput> BuildingBlocks { get; set; } = [];
    public List<AnswerInput> Answers { get; set; } = [];

    public bool IsSubmit => Intent == IntentSubmit;

    public PracticeContent ToContent() => new()
    {
        Title = Title?.Trim() ?? "",
        Summary = Summary ?? "",
        Language = Language ?? RecordLanguages.Spanish,
        CallForPracticesId = CallForPracticesId,
        Countries = [.. Countries.Distinct()],
        SubnationalAreas = [.. SubnationalAreas.Distinct()],
        Locality = Locality,
        StartDate = StartDate,
        EndDate = EndDate,
        ImplementationStatus = ImplementationStatus ?? Core.Domain.ImplementationStatus.Ongoing,
        StrategyAreas = [.. StrategyAreas.Distinct()],
        Populations = [.. Populations.Distinct()],
        Organisations = [.. Organisations.Where(o => o.OrganisationId is not null).Select(o => new OrganisationLink(o.OrganisationId!.Value, o.Role ?? ParticipationRole.Partner))],
        Mechanisms = [.. Mechanisms.Where(m => m.Selected).Select(m => new MechanismEntry(m.Mechanism, m.Description ?? ""))],
        Context = Context ?? "",
        Description = Description ?? "",
        Results = Results ?? "",
        PeopleReached = PeopleReached,
        WomenReached = WomenReached,
        PeoplePlacedInJobs = PeoplePlacedInJobs,
        PeopleTrained = PeopleTrained,
        BusinessesStarted = BusinessesStarted,
        QualificationsRecognised = QualificationsRecognised,
        OtherIndicators = [.. OtherIndicators.Where(i => !i.IsEmpty).Select(i => new IndicatorEntry(i.Name ?? "", i.Value ?? 0, i.Unit))],
        AgeGenderDiversityApproach = AgeGenderDiversityApproach ?? "",
        Challenges = Challenges ?? "",
        LessonsLearned = LessonsLearned ?? "",
        ReplicationConditions = ReplicationConditions ?? "",
        SustainabilityAndFunding = SustainabilityAndFunding ?? "",
        EvidenceLinks = [.. EvidenceLinks.Where(e => !e.IsEmpty).Select(e => new EvidenceEntry(e.Title ?? "", e.Url ?? ""))],
        BuildingBlocks = [.. BuildingBlocks.Where(b => !b.IsEmpty).Select(b => new BuildingBlockEntry(
            b.Title ?? "", b.Description ?? "", b.EnablingFactors ?? "", b.TransferConditions ?? "", [.. b.ActorTypes.Distinct()]))],
    };

    public IReadOnlyDictionary<int, string> AnswersById() =>
        Answers.Where(a => a.CommentId > 0).GroupBy(a => a.CommentId).ToDictionary(g => g.Key, g => g.Last().Answer ?? "");

    public static PracticeFormModel From(PracticeContent c, Guid stamp) => new()
    {
        ConcurrencyStamp = stamp,
        Title = c.Title,
        Summary = c.Summary,
        Language = c.Language,
        CallForPracticesId = c.CallForPracticesId,
        Countries = [.. c.Countries],
        SubnationalAreas = [.. c.SubnationalAreas],
        Locality = c.Locality,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        ImplementationStatus = c.ImplementationStatus,
        StrategyAreas = [.. c.StrategyAreas],
        Populations = [.. c.Populations],
        Organisations = [.. c.Organisations.Select(o => new OrganisationRowInput { OrganisationId = o.OrganisationId, Role = o.Role })],
        Mechanisms = [.. c.Mechanisms.Select(m => new MechanismInput { Mechanism = m.Mechanism, Selected = true, Description = m.Description })],
        Context = c.Context,
        Description = c.Description,
        Results = c.Results,
        PeopleReached = c.PeopleReached,
        WomenReached = c.WomenReached,
        PeoplePlacedInJobs = c.PeoplePlacedInJobs,
        PeopleTrained = c.PeopleTrained,
        BusinessesStarted = c.BusinessesStarted,
        QualificationsRecognised = c.QualificationsRecognised,
        OtherIndicators = [.. c.OtherIndicators.Select(i => new IndicatorRowInput { Name = i.Name, Value = i.Value, Unit = i.Unit })],
        AgeGenderDiversityApproach = c.AgeGenderDiversityApproach,
        Challenges = c.Challenges,
        LessonsLearned = c.LessonsLearned,
        ReplicationConditions = c.ReplicationConditions,
        SustainabilityAndFunding = c.SustainabilityAndFunding,
        EvidenceLinks = [.. c.EvidenceLinks.Select(e => new EvidenceRowInput { Title = e.Title, Url = e.Url })],
        BuildingBlocks = [.. c.BuildingBlocks.Select(b => new BuildingBlockInput
        {
            Title = b.Title, Description = b.Description, EnablingFactors = b.EnablingFactors, TransferConditions = b.TransferConditions,
            ActorTypes = [.. b.ActorTypes],
        })],
    };

    /// <summary>
    /// Gives the form its shape: one row per coordination mechanism, and a few empty rows for organisations, indicators and
    /// links so the form works without JavaScript ("add row" posts back with more).
    /// </summary>
    public PracticeFormModel Normalize(int extraOrganisations = 0, int extraIndicators = 0, int extraEvidence = 0, int extraBlocks = 0)
    {
        // Building blocks: the filled ones, then one empty (more on "add a block"), never more than six in all.
        var filled = BuildingBlocks.Where(b => !b.IsEmpty).ToList();
        BuildingBlocks = [.. filled, .. Enumerable.Range(0, 1 + extraBlocks).Select(_ => new BuildingBlockInput())];
        if (BuildingBlocks.Count > PracticeBuildingBlock.MaxPerPractice)
        {
            BuildingBlocks = [.. BuildingBlocks.Take(Math.Max(filled.Count, PracticeBuildingBlock.MaxPerPractice))];
        }
        var byMechanism = Mechanisms.GroupBy(m => m.Mechanism).ToDictionary(g => g.Key, g => g.First());
        Mechanisms = [.. Enum.GetValues<CoordinationMechanism>().Select(m => byMechanism.GetValueOrDefault(m) ?? new MechanismInput { Mechanism = m })];
        Pad(Organisations, 3, 1 + extraOrganisations, r => r.IsEmpty);
        Pad(OtherIndicators, 2, 1 + extraIndicators, r => r.IsEmpty);
        Pad(EvidenceLinks, 2, 1 + extraEvidence, r => r.IsEmpty);
        return this;
    }

    private static void Pad<T>(List<T> rows, int minimum, int emptyAtEnd, Func<T, bool> isEmpty) where T : new()
    {
        var trailingEmpty = rows.AsEnumerable().Reverse().TakeWhile(isEmpty).Count();
        while (trailingEmpty < emptyAtEnd || rows.Count < minimum)
        {
            rows.Add(new T());
            trailingEmpty++;
        }
    }
}

public sealed class OrganisationRowInput
{
    public int? OrganisationId { get; set; }
    public ParticipationRole? Role { get; set; }
    public bool IsEmpty => OrganisationId is null;
}

public sealed class NewOrganisationInput
{
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public ActorType? ActorType { get; set; }
    public string? CountryCode { get; set; }
    public ParticipationRole? Role { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name);
}

public sealed class MechanismInput
{
    public CoordinationMechanism Mechanism { get; set; }
    public bool Selected { get; set; }
    public string? Description { get; set; }
}

public sealed class IndicatorRowInput
{
    public string? Name { get; set; }
    [Microsoft.AspNetCore.Mvc.ModelBinder(typeof(IndicatorValueBinder))]
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && Value is null && string.IsNullOrWhiteSpace(Unit);
}

public sealed class EvidenceRowInput
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);
}

public sealed class BuildingBlockInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? EnablingFactors { get; set; }
    public string? TransferConditions { get; set; }
    public List<ActorType> ActorTypes { get; set; } = [];
    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description)
        && string.IsNullOrWhiteSpace(EnablingFactors) && string.IsNullOrWhiteSpace(TransferConditions) && ActorTypes.Count == 0;
}

public sealed class AnswerInput
{
    public int CommentId { get; set; }
    public string? Answer { get; set; }
}
