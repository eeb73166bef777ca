using MirpsPractices.Core.Features.Reuse;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Building blocks' public pages (issue 13, item 1).</summary>
public static class BuildingBlockRegistration
{
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services)
    {
        services.AddScoped<BuildingBlockPages>();
        return services;
    }
}
