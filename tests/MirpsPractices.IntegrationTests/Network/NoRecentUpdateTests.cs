using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>On the app's clock (1 September 2025), an open commitment without a note for 90 days is flagged on the tracker.</summary>
public sealed class NoRecentUpdateTests(FakeClockPortalFactory factory) : IClassFixture<FakeClockPortalFactory>
{
    private Task<int> SetCreatedAsync(int id, DateOnly created) =>
        factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAtUtc, created.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc))));

    [Fact]
    public async Task Only_open_commitments_silent_for_more_than_90_days_are_flagged()
    {
        var own = await factory.OrganisationOfAsync(Roles.EmploymentTeam);
        var today = FakeClockPortalFactory.Today;
        var silent = await factory.AddCommitmentAsync("Compromiso silencioso", own, today.AddDays(200));
        var recent = await factory.AddCommitmentAsync("Compromiso reciente", own, today.AddDays(200));
        var closed = await factory.AddCommitmentAsync("Compromiso cumplido hace tiempo", own, today.AddDays(200), CommitmentStatus.Fulfilled);
        var boundary = await factory.AddCommitmentAsync("Compromiso de hace 90 días", own, today.AddDays(200));
        await SetCreatedAsync(silent, today.AddDays(-91));
        await SetCreatedAsync(recent, today.AddDays(-200));
        await SetCreatedAsync(closed, today.AddDays(-300));
        await SetCreatedAsync(boundary, today.AddDays(-90));
        // A note 10 days ago keeps an old commitment fresh.
        await factory.WithDbAsync(async db =>
        {
            db.Set<CommitmentProgressNote>().Add(new CommitmentProgressNote
            {
                CommitmentId = recent, Date = today.AddDays(-10), Text = "Reunión de seguimiento.", AuthorId = await db.Users.Select(u => u.Id).FirstAsync(),
            });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.EmploymentTeam);

        var list = await client.GetStringAsync($"/workspace/commitments?organisation={own}");

        Assert.True(Flagged(list, silent));
        Assert.False(Flagged(list, recent));
        Assert.False(Flagged(list, closed));
        Assert.False(Flagged(list, boundary));
        Assert.Contains("badge-stale", await client.GetStringAsync($"/workspace/commitments/{silent}"));
        Assert.DoesNotContain("badge-stale", await client.GetStringAsync($"/workspace/commitments/{recent}"));
    }

    /// <summary>Whether the table row of the commitment carries the flag.</summary>
    private static bool Flagged(string html, int id)
    {
        var start = html.IndexOf($"/workspace/commitments/{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"commitment {id} not listed");
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return html[start..end].Contains("badge-stale", StringComparison.Ordinal);
    }
}
