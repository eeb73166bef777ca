namespace MirpsPractices.Core.Domain;

public class PracticeCountry
{
    public int PracticeId { get; set; }
    public required string CountryCode { get; set; }
}

/// <summary>A first-level subdivision (ISO 3166-2 code, see <see cref="SubnationalAreas"/>) a practice works in.</summary>
public class PracticeSubnationalArea
{
    public int PracticeId { get; set; }
    public required string Code { get; set; }
}

public class PracticeStrategyArea
{
    public int PracticeId { get; set; }
    public StrategyArea Area { get; set; }
}

public class PracticePopulation
{
    public int PracticeId { get; set; }
    public Population Population { get; set; }
}

public class PracticeOrganisation
{
    public int PracticeId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public ParticipationRole Role { get; set; }
}

public class PracticeMechanism
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public CoordinationMechanism Mechanism { get; set; }
    public string Description { get; set; } = "";
}

/// <summary>An indicator beyond the standard ones, e.g. "Municipal offices opened: 4".</summary>
public class PracticeIndicator
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Name { get; set; } = "";
    public decimal Value { get; set; }
    public string? Unit { get; set; }
}

public class PracticeEvidenceLink
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}

/// <summary>A moderator's judgement of one good-practice criterion; the public page shows those met.</summary>
public class PracticeCriterionAssessment
{
    public int PracticeId { get; set; }
    public GoodPracticeCriterion Criterion { get; set; }
    public bool IsMet { get; set; }
    public string? Note { get; set; }
}

/// <summary>Audit record of one lifecycle transition.</summary>
public class PracticeStateChange
{
    public long Id { get; set; }
    public int PracticeId { get; set; }
    public LifecycleAction Action { get; set; }
    public PracticeState FromState { get; set; }
    public PracticeState ToState { get; set; }
    public required string UserId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Comment { get; set; }
}
