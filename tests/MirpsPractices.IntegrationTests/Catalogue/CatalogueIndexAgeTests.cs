using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>
/// An aged catalogue index (nothing published since it was built) is rebuilt in the background: no request waits for it,
/// and the fresh build replaces it once ready.
/// </summary>
public sealed class CatalogueIndexAgeTests : IAsyncLifetime
{
    private readonly PortalFactory _app = new();
    private readonly TestClock _clock = new();

    [Fact]
    public async Task An_aged_index_is_served_at_once_and_replaced_by_a_background_rebuild()
    {
        var provider = new CatalogueIndexProvider(
            new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), _clock,
            NullLogger<CatalogueIndexProvider>.Instance, _app.Services.GetRequiredService<IServiceScopeFactory>());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var built = await provider.GetAsync(db, CancellationToken.None);
        // A change the index was not told about: only its age can bring it in.
        var archived = await db.Practices.Where(p => p.State == PracticeState.Published).Select(p => p.Id).FirstAsync();
        await db.Practices.Where(p => p.Id == archived).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PracticeState.Archived));

        _clock.Advance(CatalogueIndexProvider.MaxAge + TimeSpan.FromMinutes(1));
        var whileRebuilding = await provider.GetAsync(db, CancellationToken.None);

        Assert.Same(built, whileRebuilding);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        CatalogueIndex current;
        while ((current = await provider.GetAsync(db, CancellationToken.None)) == built && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.NotSame(built, current);
        Assert.Equal(built.Count - 1, current.Count);
    }

    public async Task InitializeAsync() => await _app.WithDbAsync(db => db.Practices.CountAsync());

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
