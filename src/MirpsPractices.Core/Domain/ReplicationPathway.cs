namespace MirpsPractices.Core.Domain;

/// <summary>How one practice took up another (issue 13, item 2).</summary>
public enum PathwayKind
{
    AdaptedFrom,
    ScaledUpFrom,
    InspiredBy,
}

public enum PathwayState
{
    Proposed,
    Confirmed,
    Rejected,
}

/// <summary>
/// A typed link from a model practice to the practice (or place) that took it up: "B was adapted from A". The submitter of B
/// proposes it and a moderator confirms or rejects it; a fulfilled replication commitment records one already confirmed.
/// Only confirmed pathways are public.
/// </summary>
public class ReplicationPathway
{
    public int Id { get; set; }

    /// <summary>The model: where the practice came from.</summary>
    public int FromPracticeId { get; set; }
    public Practice? FromPractice { get; set; }

    /// <summary>The practice that took the model up; null when a commitment replicated it somewhere without a practice of its own yet.</summary>
    public int? ToPracticeId { get; set; }
    public Practice? ToPractice { get; set; }

    public PathwayKind Kind { get; set; }
    public PathwayState State { get; set; }

    /// <summary>Where a commitment replicated the model, when there is no practice to point to.</summary>
    public string? TargetCountryCode { get; set; }
    public string? TargetLocality { get; set; }

    /// <summary>The fulfilled replication commitment that recorded this pathway.</summary>
    public int? CommitmentId { get; set; }

    public string? Note { get; set; }
    public string? ProposedById { get; set; }
    public DateTime ProposedAtUtc { get; set; }
    public string? ReviewedById { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }

    public static ReplicationPathway Propose(int fromPracticeId, int toPracticeId, PathwayKind kind, string? note, string proposedById, DateTime nowUtc)
    {
        if (fromPracticeId == toPracticeId)
        {
            throw new InvalidOperationException("A practice cannot come from itself.");
        }
        return new ReplicationPathway
        {
            FromPracticeId = fromPracticeId,
            ToPracticeId = toPracticeId,
            Kind = kind,
            State = PathwayState.Proposed,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ProposedById = proposedById,
            ProposedAtUtc = nowUtc,
        };
    }

    /// <summary>A fulfilled replication commitment: the model was replicated, confirmed by the commitment's own follow-up.</summary>
    public static ReplicationPathway FromFulfilledCommitment(Commitment commitment, DateTime nowUtc, string? byId)
    {
        if (commitment.Kind != CommitmentKind.ReplicatePractice || commitment.ReplicatedPracticeId is not int model
            || commitment.Status != CommitmentStatus.Fulfilled)
        {
            throw new InvalidOperationException("Only a fulfilled replication commitment records a pathway.");
        }
        // The practice the replication produced, when the commitment links one besides the model.
        int? produced = commitment.LinkedPractices.Select(p => (int?)p.PracticeId).FirstOrDefault(id => id != model);
        return new ReplicationPathway
        {
            FromPracticeId = model,
            ToPracticeId = produced,
            Kind = PathwayKind.AdaptedFrom,
            State = PathwayState.Confirmed,
            TargetCountryCode = commitment.TargetCountryCode,
            TargetLocality = commitment.TargetLocality,
            CommitmentId = commitment.Id,
            ProposedById = byId,
            ProposedAtUtc = nowUtc,
            ReviewedById = byId,
            ReviewedAtUtc = nowUtc,
        };
    }

    public void Confirm(string moderatorId, DateTime nowUtc) => Review(PathwayState.Confirmed, moderatorId, nowUtc);

    public void Reject(string moderatorId, DateTime nowUtc) => Review(PathwayState.Rejected, moderatorId, nowUtc);

    private void Review(PathwayState state, string moderatorId, DateTime nowUtc)
    {
        if (State != PathwayState.Proposed)
        {
            throw new InvalidOperationException($"Pathway {Id} was already {State}.");
        }
        State = state;
        ReviewedById = moderatorId;
        ReviewedAtUtc = nowUtc;
    }
}
