using MirpsPractices.Core.Features.Account;
using MirpsPractices.Core.Features.Administration;

namespace MirpsPractices.Web.Infrastructure;

public static class AdministrationRegistration
{
    /// <summary>Accounts, administration and the user's own data (issue #5).</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<OrganisationAdministration>();
        services.AddScoped<AdministrationQueries>();
        services.AddScoped<PersonalData>();
        services.AddScoped<AccountEmails>();
        return services;
    }
}
