namespace MirpsPractices.Core.Catalogue;

/// <summary>What anonymous readers are served from caches: the catalogue index and the cached public pages.</summary>
public interface IPublicCatalogueCache
{
    /// <summary>Renews the catalogue index and evicts the cached public pages; call it after a practice is published, changed or withdrawn.</summary>
    Task EvictAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Evicts the cached public pages only, for changes they show that the catalogue index does not hold: a recommendation
    /// becoming joint or followed up, a commitment (the home page's figures, "being replicated in" on a practice page).
    /// </summary>
    Task EvictPagesAsync(CancellationToken cancellationToken = default);
}
