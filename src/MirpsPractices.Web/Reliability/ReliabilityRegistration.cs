using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MirpsPractices.Web.Reliability;

public static class ReliabilityRegistration
{
    public static IServiceCollection AddPortalReliability(this IServiceCollection services)
    {
        services.AddScoped<MirpsPractices.Core.Features.Idempotency.IdempotentCreation>();
        services.Configure<MvcOptions>(options =>
        {
            // The jQuery-style providers translate "a[b]" keys for $.ajax; the portal never sends them, and their parser throws
            // an ArgumentException (a 500) on a key with an unbalanced bracket, which anyone can post.
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            options.ModelBinderProviders.Insert(0, new InputSanityBinderProvider());
        });
        return services;
    }
}
