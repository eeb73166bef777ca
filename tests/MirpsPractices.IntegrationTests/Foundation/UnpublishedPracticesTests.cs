using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Foundation;

public sealed class UnpublishedPracticesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Anonymous_home_page_lists_no_unpublished_practice()
    {
        var unpublished = await factory.WithDbAsync(db => db.Practices
            .Where(p => p.State != PracticeState.Published)
            .Select(p => p.Title)
            .ToListAsync());
        var client = factory.CreateBrowserLikeClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.NotEmpty(unpublished);
        Assert.All(unpublished, title => Assert.DoesNotContain(title, html));
    }
}
