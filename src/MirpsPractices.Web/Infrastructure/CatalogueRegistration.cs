using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.Infrastructure;

public static class CatalogueRegistration
{
    /// <summary>The public catalogue's services and the OpenAPI document of its read-only API (only /api/ routes are described).</summary>
    public static IServiceCollection AddPublicCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueIndexProvider>();
        services.AddScoped<CatalogueSearch>();
        services.AddScoped<PracticeRecords>();
        services.AddScoped<PublicDirectory>();
        services.AddScoped<CatalogueStatistics>();
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "MIRPS good practices — open data API";
                document.Info.Version = "v1";
                document.Info.Description = "Read-only access to the published good practices of labour integration of the MIRPS countries. " +
                    "Filters match the public catalogue: q, country, area, actor, population, mechanism, status, year (repeatable), sort, page, pageSize.";
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
