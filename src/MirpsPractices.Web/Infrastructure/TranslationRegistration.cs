using Microsoft.AspNetCore.Authorization;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.Web.Authorization;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Translations of practices, recommendations and commitments (issue 12).</summary>
public static class TranslationRegistration
{
    public static IServiceCollection AddTranslations(this IServiceCollection services)
    {
        services.AddScoped<TranslationService>();
        services.AddScoped<IAuthorizationHandler, TranslationAuthorizationHandler>();
        return services;
    }
}
