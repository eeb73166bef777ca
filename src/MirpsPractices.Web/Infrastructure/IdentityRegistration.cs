using Microsoft.AspNetCore.Identity;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.Infrastructure;

public static class IdentityRegistration
{
    /// <summary>`__Host-` cookies must be Secure; plain-HTTP Development uses the same names without the prefix.</summary>
    public static string AuthCookieName(bool secure) => (secure ? "__Host-" : "") + "mirps-auth";
    public static string AntiforgeryCookieName(bool secure) => (secure ? "__Host-" : "") + "mirps-af";
    public const string AntiforgeryHeaderName = "X-CSRF-TOKEN";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Current guidance (NIST SP 800-63B): length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        // A sign-out, password change or deactivation elsewhere ends this session within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var secureCookies = UseSecureCookies(configuration, environment);
        var secure = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = AuthCookieName(secureCookies);
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/access-denied";
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName(secureCookies);
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
            options.HeaderName = AntiforgeryHeaderName;
        });
        return services;
    }

    public static bool UseSecureCookies(IConfiguration configuration, IWebHostEnvironment environment) =>
        configuration.GetValue("Security:SecureCookies", !environment.IsDevelopment());
}
