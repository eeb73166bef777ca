using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Empties what readers see of the catalogue: the catalogue index of every instance (through the shared catalogue version)
/// first, then the cached public pages, so a page rendered right after the eviction already sees the change.
/// </summary>
public sealed class OutputCachePublicCatalogueCache(IOutputCacheStore store, CatalogueIndexProvider index) : IPublicCatalogueCache
{
    public async Task EvictAsync(CancellationToken cancellationToken = default)
    {
        await index.InvalidateAsync(cancellationToken);
        await EvictPagesAsync(cancellationToken);
    }

    public async Task EvictPagesAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(PublicPageCachePolicy.CatalogueTag, cancellationToken);
}
