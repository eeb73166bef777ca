using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Importing practices from the Word template and from spreadsheets (issue 15).</summary>
public static class ImportRegistration
{
    public static IServiceCollection AddPracticeImports(this IServiceCollection services)
    {
        services.AddScoped<ImportTexts>();
        services.AddScoped<TemplateImportService>();
        services.AddScoped<IImportAliases>(sp => sp.GetRequiredService<ImportTexts>());
        services.AddScoped<BulkImportService>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
