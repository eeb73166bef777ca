namespace MirpsPractices.Core.Domain;

/// <summary>How a joint commitment's progress comes from its parts, one per organisation.</summary>
public enum CommitmentRollUp
{
    /// <summary>Every part counts the same.</summary>
    Plain,

    /// <summary>Each part counts by its weight.</summary>
    Weighted,
}

/// <summary>One part of a joint commitment, as the roll-up sees it.</summary>
public readonly record struct CommitmentPart(CommitmentStatus Status, int Percent, int Weight);

public static class CommitmentProgress
{
    /// <summary>
    /// The rolled-up percentage of a joint commitment, rounded half away from zero; withdrawn parts are left out.
    /// Null when no part counts (none, all withdrawn, or all weights zero in a weighted roll-up).
    /// </summary>
    public static int? RollUp(IEnumerable<CommitmentPart> parts, CommitmentRollUp mode)
    {
        var counted = parts.Where(p => p.Status != CommitmentStatus.Withdrawn).ToList();
        decimal total = 0, weights = 0;
        foreach (var part in counted)
        {
            var weight = mode == CommitmentRollUp.Weighted ? Math.Max(part.Weight, 0) : 1;
            total += Math.Clamp(part.Percent, 0, 100) * (decimal)weight;
            weights += weight;
        }
        return weights == 0 ? null : (int)Math.Round(total / weights, MidpointRounding.AwayFromZero);
    }
}
