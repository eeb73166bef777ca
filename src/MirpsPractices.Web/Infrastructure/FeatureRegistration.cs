using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Features.Home;
using MirpsPractices.Core.Notifications;
using MirpsPractices.Web.Reliability;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Each feature registers its services here, one line (or one extension call) per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        // A relative pickup folder is relative to the content root, not to whatever directory the process started in.
        services.AddOptions<EmailOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
            options.PickupDirectory = Path.GetFullPath(options.PickupDirectory, environment.ContentRootPath));
        if (string.Equals(configuration["Email:Mode"], "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddScoped<IEmailSender, PickupDirectoryEmailSender>();
        }
        services.AddScoped<AuditLog>();
        services.AddSingleton<IPublicCatalogueCache, OutputCachePublicCatalogueCache>();
        services.AddScoped<HomeQueries>();
        services.AddAdministration();
        services.AddPublicCatalogue();
        services.AddNetworkWorkspace();
        services.AddCommitmentReminders(configuration);
        services.AddPracticeWorkflow();
        services.AddTranslations();
        services.AddPathways();
        services.AddPracticeImports();
        services.AddBuildingBlocks();
        services.AddPortalReliability();
        return services;
    }
}
