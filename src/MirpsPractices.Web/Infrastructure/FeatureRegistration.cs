namespace MirpsPractices.Web.Infrastructure;

/// <summary>Each feature registers its services here, one line per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MirpsPractices.Core.Features.Home.HomeQueries>();
        return services;
    }
}
