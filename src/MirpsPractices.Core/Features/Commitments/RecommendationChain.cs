using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Commitments;

/// <summary>What a step of a recommendation's chain is, in the order steps of the same day are told.</summary>
public enum ChainStep
{
    Practice,
    Session,
    Joint,
    Commitment,
    ProgressNote,
}

/// <summary>One dated step: a practice published as evidence, the adopting session, the joint date, a commitment, a progress note.</summary>
public sealed record ChainEntry(
    DateOnly Date, ChainStep Step, string Title, string? Language = null, int? PracticeId = null, string? Slug = null,
    CommitmentStatus? Stage = null, int? Percent = null, string? Text = null, bool NoRecentUpdate = false);

public sealed record LedToRecommendation(int Id, string Title, string Language, DateOnly JointSince);

public sealed record LedToCommitment(int Id, string Title, CommitmentStatus Stage, int Percent, DateOnly DueDate, bool NoRecentUpdate = false);

/// <summary>What a published practice led to.</summary>
public sealed record PracticeOutcomes(IReadOnlyList<LedToRecommendation> Recommendations, IReadOnlyList<LedToCommitment> Commitments);

/// <summary>
/// One traceable chain for a joint recommendation (issue 14): the published practices that are its evidence, the session that
/// adopted it, the day it became joint, the commitments that implement it and their progress notes, as one dated timeline.
/// Only public things: published practices; commitments and notes are part of the public dashboard already. A commitment
/// flagged "no recent update" is flagged here too (<see cref="CommitmentFreshness"/>), as on every other list.
/// </summary>
public sealed class RecommendationChain(AppDbContext db, CommitmentFreshness freshness)
{
    /// <summary>
    /// What a practice led to: the joint recommendations that cite it as evidence, and the commitments that link it or replicate
    /// it (a commitment that replicates it is listed here too; the page's replication block says where); withdrawn ones are left out.
    /// </summary>
    public async Task<PracticeOutcomes> LedToAsync(int practiceId, CancellationToken ct = default)
    {
        var recommendations = await db.Recommendations
            .Where(r => r.JointSinceUtc != null && r.Evidence.Any(e => e.PracticeId == practiceId))
            .OrderBy(r => r.JointSinceUtc).ThenBy(r => r.Id)
            .Select(r => new LedToRecommendation(r.Id, r.Title, r.Language, DateOnly.FromDateTime(r.JointSinceUtc!.Value)))
            .ToListAsync(ct);
        var commitments = await db.Commitments
            .Where(c => c.ReplicatedPracticeId == practiceId || db.Set<CommitmentPractice>().Any(l => l.CommitmentId == c.Id && l.PracticeId == practiceId))
            // Like the page's replications: a withdrawn commitment is not something the practice led to.
            .Where(c => c.ParentCommitmentId == null && c.Status != CommitmentStatus.Withdrawn)
            .OrderBy(c => c.DueDate).ThenBy(c => c.Id)
            .Select(c => new LedToCommitment(c.Id, c.Title, c.Status, c.Percent, c.DueDate, false))
            .ToListAsync(ct);
        var stale = await freshness.StaleAmongAsync(commitments.Select(c => c.Id), ct);
        return new PracticeOutcomes(recommendations, [.. commitments.Select(c => c with { NoRecentUpdate = stale.Contains(c.Id) })]);
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ChainEntry>>> TimelinesAsync(IReadOnlyCollection<int> recommendationIds, CancellationToken ct = default)
    {
        var ids = recommendationIds.Distinct().ToList();
        var recommendations = await db.Recommendations.Where(r => ids.Contains(r.Id) && r.JointSinceUtc != null)
            .Select(r => new { r.Id, r.JointSinceUtc, r.SessionId })
            .ToListAsync(ct);
        var evidence = await db.Set<RecommendationEvidence>()
            .Where(e => ids.Contains(e.RecommendationId) && e.Practice!.State == PracticeState.Published && e.Practice.RevisionOfId == null && e.Practice.PublishedAtUtc != null)
            .Select(e => new { e.RecommendationId, e.PracticeId, e.Practice!.Title, e.Practice.Slug, e.Practice.Language, Published = e.Practice.PublishedAtUtc!.Value })
            .ToListAsync(ct);
        var sessionIds = recommendations.Where(r => r.SessionId != null).Select(r => r.SessionId!.Value).Distinct().ToList();
        var sessions = await db.Sessions.Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Date, s.Title, s.Language }).ToDictionaryAsync(s => s.Id, ct);
        var links = await db.Set<CommitmentRecommendation>().Where(l => ids.Contains(l.RecommendationId)).ToListAsync(ct);
        var commitmentIds = links.Select(l => l.CommitmentId).Distinct().ToList();
        var commitments = await db.Commitments.Where(c => commitmentIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, c.CreatedAtUtc, c.Status }).ToDictionaryAsync(c => c.Id, ct);
        var notes = (await db.Set<CommitmentProgressNote>().Where(n => commitmentIds.Contains(n.CommitmentId))
                .Select(n => new { n.CommitmentId, n.Id, n.Date, n.Text, n.Status, n.Percent }).ToListAsync(ct))
            .ToLookup(n => n.CommitmentId);
        var stale = await freshness.StaleAmongAsync(commitmentIds, ct);

        var result = new Dictionary<int, IReadOnlyList<ChainEntry>>();
        foreach (var r in recommendations)
        {
            var entries = new List<ChainEntry>();
            entries.AddRange(evidence.Where(e => e.RecommendationId == r.Id).Select(e =>
                new ChainEntry(DateOnly.FromDateTime(e.Published), ChainStep.Practice, e.Title, e.Language, e.PracticeId, e.Slug)));
            if (r.SessionId is int sessionId && sessions.TryGetValue(sessionId, out var session))
            {
                entries.Add(new ChainEntry(session.Date, ChainStep.Session, session.Title, session.Language));
            }
            entries.Add(new ChainEntry(DateOnly.FromDateTime(r.JointSinceUtc!.Value), ChainStep.Joint, ""));
            foreach (var commitmentId in links.Where(l => l.RecommendationId == r.Id).Select(l => l.CommitmentId))
            {
                if (!commitments.TryGetValue(commitmentId, out var c))
                {
                    continue;
                }
                // Commitments carry no language of their own: their texts are Spanish (issue 12).
                entries.Add(new ChainEntry(DateOnly.FromDateTime(c.CreatedAtUtc), ChainStep.Commitment, c.Title, RecordLanguages.Spanish, Stage: c.Status,
                    NoRecentUpdate: stale.Contains(commitmentId)));
                entries.AddRange(notes[commitmentId].OrderBy(n => n.Id).Select(n =>
                    new ChainEntry(n.Date, ChainStep.ProgressNote, c.Title, RecordLanguages.Spanish, Stage: n.Status, Percent: n.Percent, Text: n.Text)));
            }
            // A stable order: by date, then by step (evidence before the session before the commitments), as added.
            result[r.Id] = [.. entries.Select((e, i) => (e, i)).OrderBy(x => x.e.Date).ThenBy(x => x.e.Step).ThenBy(x => x.i).Select(x => x.e)];
        }
        return result;
    }
}
