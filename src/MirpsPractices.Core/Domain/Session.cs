namespace MirpsPractices.Core.Domain;

/// <summary>A meeting of the technical teams (e.g. the joint session of 21 August 2025).</summary>
public class Session : IHasConcurrencyStamp
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public string Title { get; set; } = "";
    public string Agenda { get; set; } = "";
    public string? Location { get; set; }
    public string Language { get; set; } = RecordLanguages.Spanish;
    public DateTime CreatedAtUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<SessionOrganisation> OrganisationsPresent { get; set; } = [];
    public List<SessionPractice> PracticesPresented { get; set; } = [];
    public List<Recommendation> RecommendationsAdopted { get; set; } = [];
    public List<Commitment> CommitmentsMade { get; set; } = [];
}

public class SessionOrganisation
{
    public int SessionId { get; set; }
    public int OrganisationId { get; set; }
}

public class SessionPractice
{
    public int SessionId { get; set; }
    public int PracticeId { get; set; }
}
