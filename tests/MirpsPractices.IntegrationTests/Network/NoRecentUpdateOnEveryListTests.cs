using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// The "no recent update" flag is the same on every list that shows commitments: the workspace overview (overdue ones), a
/// session's commitments, a recommendation's commitments and a joint commitment's parts; on the app's clock (1 September 2025).
/// </summary>
public sealed class NoRecentUpdateOnEveryListTests(FakeClockPortalFactory factory) : IClassFixture<FakeClockPortalFactory>
{
    [Fact]
    public async Task A_silent_commitment_is_flagged_and_a_fresh_one_is_not_on_every_list()
    {
        var own = await factory.OrganisationOfAsync(Roles.EmploymentTeam);
        var today = FakeClockPortalFactory.Today;
        var silent = await factory.AddCommitmentAsync("Compromiso callado en todas las listas", own, today.AddDays(-5));
        var fresh = await factory.AddCommitmentAsync("Compromiso al día en todas las listas", own, today.AddDays(-5));
        var joint = await factory.AddCommitmentAsync("Conjunto con partes calladas", own, today.AddDays(100));
        var (session, recommendation) = await factory.WithDbAsync(async db => (
            await db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Recommendations.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()));
        await factory.WithDbAsync(async db =>
        {
            await db.Commitments.Where(c => c.Id == silent || c.Id == fresh).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CreatedAtUtc, today.AddDays(-200).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc))
                .SetProperty(c => c.SessionId, session)
                .SetProperty(c => c.ParentCommitmentId, joint));
            db.Set<CommitmentRecommendation>().AddRange(
                new CommitmentRecommendation { CommitmentId = silent, RecommendationId = recommendation },
                new CommitmentRecommendation { CommitmentId = fresh, RecommendationId = recommendation });
            db.Set<CommitmentProgressNote>().Add(new CommitmentProgressNote
            {
                CommitmentId = fresh, Date = today.AddDays(-3), Text = "Reunión hecha.", AuthorId = await db.Users.Select(u => u.Id).FirstAsync(),
            });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.EmploymentTeam);

        foreach (var (page, end) in new[]
        {
            ("/workspace", "</li>"),
            ($"/workspace/sessions/{session}", "</li>"),
            ($"/workspace/recommendations/{recommendation}", "</li>"),
            ($"/workspace/commitments/{joint}", "</tr>"),
            ("/workspace/commitments", "</tr>"),
        })
        {
            var html = await client.GetStringAsync($"{page}?culture=es");
            Assert.True(Flagged(html, silent, end), $"{page}: the silent commitment is not flagged");
            Assert.False(Flagged(html, fresh, end), $"{page}: the fresh commitment is flagged");
            Assert.Contains("Sin actualización reciente", html);
        }
    }

    [Fact]
    public async Task The_public_practice_page_and_a_joint_recommendations_timeline_flag_the_same_commitments()
    {
        var own = await factory.OrganisationOfAsync(Roles.EmploymentTeam);
        var today = FakeClockPortalFactory.Today;
        const string silentTitle = "Compromiso público callado";
        const string freshTitle = "Compromiso público al día";
        var silent = await factory.AddCommitmentAsync(silentTitle, own, today.AddDays(60));
        var fresh = await factory.AddCommitmentAsync(freshTitle, own, today.AddDays(60));
        var (practice, slug, recommendation) = await factory.WithDbAsync(async db =>
        {
            var published = await db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug }).FirstAsync();
            var joint = await db.Recommendations.Where(r => r.JointSinceUtc != null).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            return (published.Id, published.Slug, joint);
        });
        await factory.WithDbAsync(async db =>
        {
            await db.Commitments.Where(c => c.Id == silent || c.Id == fresh).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CreatedAtUtc, today.AddDays(-200).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc)));
            db.Set<CommitmentPractice>().AddRange(
                new CommitmentPractice { CommitmentId = silent, PracticeId = practice },
                new CommitmentPractice { CommitmentId = fresh, PracticeId = practice });
            db.Set<CommitmentRecommendation>().AddRange(
                new CommitmentRecommendation { CommitmentId = silent, RecommendationId = recommendation },
                new CommitmentRecommendation { CommitmentId = fresh, RecommendationId = recommendation });
            db.Set<CommitmentProgressNote>().Add(new CommitmentProgressNote
            {
                CommitmentId = fresh, Date = today.AddDays(-3), Text = "Taller realizado.", AuthorId = await db.Users.Select(u => u.Id).FirstAsync(),
            });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserLikeClient();

        var practicePage = await client.GetStringAsync($"/practices/{practice}/{slug}?culture=es");
        Assert.True(FlaggedAfter(practicePage, $"/commitments#commitment-{silent}\"", "</li>"), "practice page: the silent commitment is not flagged");
        Assert.False(FlaggedAfter(practicePage, $"/commitments#commitment-{fresh}\"", "</li>"), "practice page: the fresh commitment is flagged");

        var timeline = await client.GetStringAsync("/recommendations?culture=en");
        Assert.True(FlaggedAfter(timeline, $">{silentTitle}</span>", "</li>"), "timeline: the silent commitment is not flagged");
        Assert.False(FlaggedAfter(timeline, $">{freshTitle}</span>", "</li>"), "timeline: the fresh commitment is flagged");
        Assert.Contains("No recent update", timeline);
    }

    /// <summary>Whether the list item (or table row) of the commitment carries the flag.</summary>
    private static bool Flagged(string html, int id, string end) => FlaggedAfter(html, $"/workspace/commitments/{id}\"", end);

    private static bool FlaggedAfter(string html, string marker, string end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{marker} not listed");
        var stop = html.IndexOf(end, start, StringComparison.Ordinal);
        return html[start..stop].Contains("badge-stale", StringComparison.Ordinal);
    }
}
