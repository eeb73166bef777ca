using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// The public page of joint recommendations tells each one's chain as one dated timeline: the published practices that are
/// its evidence, the session that adopted it, the day it became joint, the commitments that implement it and their notes.
/// </summary>
public sealed partial class RecommendationChainTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_timeline_holds_every_step_in_date_order()
    {
        // A seeded joint recommendation with a session, evidence and commitments that have notes.
        var recommendation = await factory.WithDbAsync(db => db.Recommendations
            .Where(r => r.JointSinceUtc != null && r.SessionId != null && r.Evidence.Count > 0)
            .Where(r => db.Set<CommitmentRecommendation>().Any(l => l.RecommendationId == r.Id
                && db.Set<CommitmentProgressNote>().Any(n => n.CommitmentId == l.CommitmentId)))
            .Select(r => new { r.Id, r.JointSinceUtc, Session = db.Sessions.Where(s => s.Id == r.SessionId).Select(s => new { s.Date, s.Title }).Single() })
            .FirstAsync());
        var expected = await factory.WithDbAsync(async db =>
        {
            var practices = await db.Set<RecommendationEvidence>().Where(e => e.RecommendationId == recommendation.Id && e.Practice!.State == PracticeState.Published && e.Practice.RevisionOfId == null)
                .Select(e => e.Practice!.PublishedAtUtc!.Value).ToListAsync();
            var commitments = await db.Set<CommitmentRecommendation>().Where(l => l.RecommendationId == recommendation.Id).Select(l => l.CommitmentId).ToListAsync();
            var created = await db.Commitments.Where(c => commitments.Contains(c.Id)).Select(c => c.CreatedAtUtc).ToListAsync();
            var notes = await db.Set<CommitmentProgressNote>().Where(n => commitments.Contains(n.CommitmentId)).Select(n => new { n.Date, n.Text }).ToListAsync();
            return (Dates: practices.Select(DateOnly.FromDateTime)
                    .Append(recommendation.Session.Date)
                    .Append(DateOnly.FromDateTime(recommendation.JointSinceUtc!.Value))
                    .Concat(created.Select(DateOnly.FromDateTime))
                    .Concat(notes.Select(n => n.Date))
                    .Order().ToList(),
                Notes: notes.Select(n => n.Text).ToList());
        });
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/recommendations?culture=es");

        var start = html.IndexOf($"id=\"rec-{recommendation.Id}\"", StringComparison.Ordinal);
        var timeline = html[html.IndexOf("<details class=\"chain-timeline\">", start, StringComparison.Ordinal)..];
        timeline = timeline[..timeline.IndexOf("</details>", StringComparison.Ordinal)];
        var dates = DatePattern().Matches(timeline).Select(m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected.Dates, dates);
        Assert.Contains("Sesión en la que se adoptó", timeline);
        var text = System.Net.WebUtility.HtmlDecode(timeline);
        Assert.Contains(recommendation.Session.Title, text);
        Assert.Contains("Práctica publicada que sirve de evidencia", timeline);
        Assert.Contains("href=\"/practices/", timeline);
        Assert.All(expected.Notes, note => Assert.Contains(note, text));
        // Evidence comes before the session, which comes before the joint date, on the page as in time.
        Assert.True(timeline.IndexOf("chain-practice", StringComparison.Ordinal) < timeline.IndexOf("chain-joint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_practice_page_shows_the_joint_recommendations_and_commitments_it_led_to()
    {
        var practice = await factory.WithDbAsync(db => db.Practices
            .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
            .Where(p => db.Recommendations.Any(r => r.JointSinceUtc != null && r.Evidence.Any(e => e.PracticeId == p.Id)))
            .Where(p => db.Set<CommitmentPractice>().Any(l => l.PracticeId == p.Id))
            .Select(p => new { p.Id, p.Slug }).FirstAsync());
        var (recommendations, commitments) = await factory.WithDbAsync(async db => (
            await db.Recommendations.Where(r => r.JointSinceUtc != null && r.Evidence.Any(e => e.PracticeId == practice.Id)).Select(r => r.Title).ToListAsync(),
            await db.Commitments.Where(c => c.ParentCommitmentId == null && c.Status != CommitmentStatus.Withdrawn
                    && (c.ReplicatedPracticeId == practice.Id || db.Set<CommitmentPractice>().Any(l => l.CommitmentId == c.Id && l.PracticeId == practice.Id)))
                .Select(c => c.Id).ToListAsync()));
        var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/practices/{practice.Id}/{practice.Slug}?culture=es");

        var start = html.IndexOf("id=\"s-ledto\"", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var block = System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)]);
        Assert.Contains("A qué dio lugar", block);
        Assert.All(recommendations, title => Assert.Contains(title, block));
        Assert.Equal(commitments.Order(), Regex.Matches(block, "/commitments#commitment-(\\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order());
    }

    [GeneratedRegex("<time datetime=\"(\\d{4}-\\d{2}-\\d{2})\">")]
    private static partial Regex DatePattern();
}
