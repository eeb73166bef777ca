namespace MirpsPractices.Bench.Load;

public enum Server
{
    Ceiling,
    Portal,
}

/// <summary>
/// How a scenario treats the output cache. Cached: the same URL every time, as a crowd of anonymous readers would ask
/// it (after the first request the output cache answers). Uncached: every request carries a query parameter no other
/// request has (`nocache=thread-counter`); the cache varies by every query key, so it can never answer and the
/// app renders the page each time, database queries included.
/// </summary>
public enum CacheMode
{
    Cached,
    Uncached,
}

/// <summary>One line of the table. <see cref="Paths"/> has one URL path, or several to pick from at random per request.</summary>
public sealed record Scenario(string Key, string Title, Server Server, CacheMode Cache, IReadOnlyList<string> Paths)
{
    public string FirstPath => Paths[0];

    public bool IsList => Paths.Count > 1;
}
