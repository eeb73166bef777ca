using MirpsPractices.Core.Features.Reuse;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Similar practices while writing, replication pathways and the map (issue 13, items 2, 4 and 5).</summary>
public static class PathwayRegistration
{
    public static IServiceCollection AddPathways(this IServiceCollection services)
    {
        services.AddScoped<SimilarPractices>();
        services.AddScoped<PathwayService>();
        return services;
    }
}
