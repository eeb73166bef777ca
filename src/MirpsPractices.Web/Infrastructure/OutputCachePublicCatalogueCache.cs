using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Catalogue;

namespace MirpsPractices.Web.Infrastructure;

public sealed class OutputCachePublicCatalogueCache(IOutputCacheStore store) : IPublicCatalogueCache
{
    public Task EvictAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(PublicPageCachePolicy.CatalogueTag, cancellationToken).AsTask();
}
