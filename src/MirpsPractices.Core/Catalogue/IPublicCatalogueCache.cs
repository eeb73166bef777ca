namespace MirpsPractices.Core.Catalogue;

/// <summary>Evicts the cached public pages; call it after a practice is published, changed or withdrawn.</summary>
public interface IPublicCatalogueCache
{
    Task EvictAsync(CancellationToken cancellationToken = default);
}
