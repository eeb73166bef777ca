namespace MirpsPractices.Core.Domain;

/// <summary>A recommendation to improve labour-integration programmes; joint once every participant group endorsed it.</summary>
public class Recommendation : IHasConcurrencyStamp
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public RecommendationLevel Level { get; set; }
    public List<ActorType> ActorTypes { get; set; } = [];
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public string Language { get; set; } = RecordLanguages.Spanish;
    public required string CreatedById { get; set; }
    public int? SessionId { get; set; }
    public RecommendationImplementationStatus ImplementationStatus { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? JointSinceUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<RecommendationEvidence> Evidence { get; set; } = [];
    public List<RecommendationEndorsement> Endorsements { get; set; } = [];
    public List<RecommendationNote> FollowUpNotes { get; set; } = [];

    public bool IsJoint => JointSinceUtc is not null;

    public bool IsEndorsedBy(ParticipantGroup group) => Endorsements.Any(e => e.Group == group);

    /// <summary>A member endorses on the group's behalf, once per group; the last group makes it joint.</summary>
    public RecommendationEndorsement Endorse(ParticipantGroup group, string userId, string? comment, DateTime nowUtc)
    {
        if (IsEndorsedBy(group))
        {
            throw new InvalidOperationException($"{group} has already endorsed recommendation {Id}.");
        }
        var endorsement = new RecommendationEndorsement
        {
            Group = group,
            UserId = userId,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            AtUtc = nowUtc,
        };
        Endorsements.Add(endorsement);
        if (Enum.GetValues<ParticipantGroup>().All(IsEndorsedBy))
        {
            JointSinceUtc = nowUtc;
        }
        UpdatedAtUtc = nowUtc;
        return endorsement;
    }
}

public class RecommendationEvidence
{
    public int RecommendationId { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
}

public class RecommendationEndorsement
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public ParticipantGroup Group { get; set; }
    public required string UserId { get; set; }
    public string? Comment { get; set; }
    public DateTime AtUtc { get; set; }
}

public class RecommendationNote
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";
    public required string AuthorId { get; set; }
}
