using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.IntegrationTests.Infrastructure;

public static class TestCatalogue
{
    /// <summary>A catalogue index provider of its own, for a context built by hand (outside the app's container).</summary>
    public static CatalogueIndexProvider Indexes() => new(
        new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())),
        TimeProvider.System,
        NullLogger<CatalogueIndexProvider>.Instance);
}
