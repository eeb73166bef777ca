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
    /// <summary>The number of the wording in force: 1 until an amendment is accepted (issue 14).</summary>
    public int CurrentVersion { get; set; } = 1;

    public List<RecommendationEvidence> Evidence { get; set; } = [];
    public List<RecommendationEndorsement> Endorsements { get; set; } = [];
    public List<RecommendationNote> FollowUpNotes { get; set; } = [];
    public List<RecommendationAmendment> Amendments { get; set; } = [];
    public List<RecommendationVersion> Versions { get; set; } = [];

    public bool IsJoint => JointSinceUtc is not null;

    public bool IsEndorsedBy(ParticipantGroup group) => Endorsements.Any(e => e.Group == group);

    /// <summary>The group endorsed the wording in force (not an earlier version changed since by an accepted amendment).</summary>
    public bool IsEndorsedInCurrentVersionBy(ParticipantGroup group) => Endorsements.Any(e => e.Group == group && e.Version == CurrentVersion);

    /// <summary>Joint once every group endorsed the current wording.</summary>
    private void BecomeJointIfAllEndorsed(DateTime nowUtc)
    {
        if (JointSinceUtc is null && Enum.GetValues<ParticipantGroup>().All(IsEndorsedInCurrentVersionBy))
        {
            JointSinceUtc = nowUtc;
        }
    }

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
            Version = CurrentVersion,
        };
        Endorsements.Add(endorsement);
        BecomeJointIfAllEndorsed(nowUtc);
        UpdatedAtUtc = nowUtc;
        return endorsement;
    }

    /// <summary>A member of a group whose endorsement was given to an earlier version confirms it for the current one.</summary>
    public RecommendationEndorsement ConfirmEndorsement(ParticipantGroup group, string userId, DateTime nowUtc)
    {
        var endorsement = Endorsements.SingleOrDefault(e => e.Group == group)
            ?? throw new InvalidOperationException($"{group} has not endorsed recommendation {Id}.");
        if (endorsement.Version == CurrentVersion)
        {
            throw new InvalidOperationException($"{group} already endorsed version {CurrentVersion} of recommendation {Id}.");
        }
        endorsement.Version = CurrentVersion;
        endorsement.UserId = userId;
        endorsement.AtUtc = nowUtc;
        BecomeJointIfAllEndorsed(nowUtc);
        UpdatedAtUtc = nowUtc;
        return endorsement;
    }

    /// <summary>A participant proposes new wording for a draft (not yet joint), against the version in force.</summary>
    public RecommendationAmendment ProposeAmendment(string userId, string text, string explanation, DateTime nowUtc)
    {
        if (IsJoint)
        {
            throw new InvalidOperationException($"Recommendation {Id} is joint: its text is no longer amended.");
        }
        var amendment = new RecommendationAmendment
        {
            ProposedById = userId,
            ProposedText = text.Trim(),
            Explanation = explanation.Trim(),
            BasedOnVersion = CurrentVersion,
            ProposedAtUtc = nowUtc,
        };
        Amendments.Add(amendment);
        return amendment;
    }

    /// <summary>
    /// The author or a moderator accepts an open amendment proposed against the version in force: its text becomes a new
    /// version, and every endorsement now belongs to the earlier version until its group confirms it.
    /// </summary>
    public RecommendationVersion AcceptAmendment(RecommendationAmendment amendment, string userId, string? reason, DateTime nowUtc)
    {
        if (amendment.State != AmendmentState.Open || IsJoint)
        {
            throw new InvalidOperationException($"Amendment {amendment.Id} can no longer be decided.");
        }
        if (amendment.IsStaleFor(this))
        {
            throw new InvalidOperationException($"Amendment {amendment.Id} was proposed against version {amendment.BasedOnVersion}; the current one is {CurrentVersion}.");
        }
        amendment.Decide(AmendmentState.Accepted, userId, reason, nowUtc);
        return AddVersion(amendment.ProposedText, userId, amendment, nowUtc);
    }

    public void RejectAmendment(RecommendationAmendment amendment, string userId, string reason, DateTime nowUtc)
    {
        if (amendment.State != AmendmentState.Open)
        {
            throw new InvalidOperationException($"Amendment {amendment.Id} can no longer be decided.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A rejection needs a reason.", nameof(reason));
        }
        amendment.Decide(AmendmentState.Rejected, userId, reason, nowUtc);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The drafter changes the text directly (only before any endorsement): that wording is a new version too.</summary>
    public void ReviseText(string text, string userId, DateTime nowUtc)
    {
        var trimmed = text.Trim();
        if (trimmed == Text)
        {
            return;
        }
        AddVersion(trimmed, userId, null, nowUtc);
    }

    private RecommendationVersion AddVersion(string text, string userId, RecommendationAmendment? amendment, DateTime nowUtc)
    {
        if (Versions.Count == 0)
        {
            // Recommendations drafted before versions were kept: their first wording becomes version 1 when it is replaced.
            Versions.Add(new RecommendationVersion { Number = CurrentVersion, Text = Text, AtUtc = CreatedAtUtc, AuthorId = CreatedById });
        }
        CurrentVersion++;
        Text = text;
        var version = new RecommendationVersion { Number = CurrentVersion, Text = text, AtUtc = nowUtc, AuthorId = userId, Amendment = amendment };
        Versions.Add(version);
        UpdatedAtUtc = nowUtc;
        return version;
    }
}

public enum AmendmentState
{
    Open,
    Accepted,
    Rejected,
}

/// <summary>A proposed change to a draft recommendation's text: the full new wording, why, and against which version.</summary>
public class RecommendationAmendment
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public required string ProposedById { get; set; }
    public string ProposedText { get; set; } = "";
    public string Explanation { get; set; } = "";
    public int BasedOnVersion { get; set; }
    public DateTime ProposedAtUtc { get; set; }
    public AmendmentState State { get; set; }
    public string? DecidedById { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>Proposed against a wording that has since been replaced: accepting it would silently undo that change.</summary>
    public bool IsStaleFor(Recommendation recommendation) => BasedOnVersion != recommendation.CurrentVersion;

    internal void Decide(AmendmentState state, string userId, string? reason, DateTime nowUtc)
    {
        State = state;
        DecidedById = userId;
        DecidedAtUtc = nowUtc;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }
}

/// <summary>One wording of a recommendation: its number, text, when and by whom, and the amendment it came from (if any).</summary>
public class RecommendationVersion
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public required string AuthorId { get; set; }
    public int? AmendmentId { get; set; }
    public RecommendationAmendment? Amendment { get; set; }
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
    /// <summary>The version of the text this endorsement was given to (confirmed for).</summary>
    public int Version { get; set; } = 1;
}

public class RecommendationNote
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";
    public required string AuthorId { get; set; }
}
