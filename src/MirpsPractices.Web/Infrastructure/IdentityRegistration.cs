using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Administration;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Security;

namespace MirpsPractices.Web.Infrastructure;

public static class IdentityRegistration
{
    /// <summary>`__Host-` cookies must be Secure; plain-HTTP Development uses the same names without the prefix.</summary>
    public static string AuthCookieName(bool secure) => (secure ? "__Host-" : "") + "mirps-auth";
    public static string AntiforgeryCookieName(bool secure) => (secure ? "__Host-" : "") + "mirps-af";
    public static string TwoFactorCookieName(bool secure) => (secure ? "__Host-" : "") + "mirps-2fa";
    public static string TempDataCookieName(bool secure) => (secure ? "__Host-" : "") + "mirps-tempdata";
    public const string AntiforgeryHeaderName = "X-CSRF-TOKEN";

    /// <summary>A session lasts at most this long after the sign-in, however active it is.</summary>
    public static readonly TimeSpan AbsoluteSessionLifetime = TimeSpan.FromHours(12);
    /// <summary>A session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleSessionTimeout = TimeSpan.FromMinutes(30);
    private const string SessionStartedItem = ".mirps.session-started";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Current guidance (NIST SP 800-63B): length over composition rules; common passwords refused (PasswordPolicyValidator).
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
                // Authenticator codes are single-use (sign-in and turning two-factor on).
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<PortalUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokens.Provider)
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.Name)
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddSignInManager<PortalSignInManager>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        // Password-reset links expire quickly; invitation links (InvitationTokenProviderOptions) after a week.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddOptions<InvitationTokenProviderOptions>();

        // A sign-out, password change or deactivation elsewhere ends this session within a minute.
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<TimeProvider>((o, clock) =>
            {
                o.ValidationInterval = TimeSpan.FromMinutes(1);
                o.TimeProvider = clock;
            });

        var secureCookies = UseSecureCookies(configuration, environment);
        var secure = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = AuthCookieName(secureCookies);
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = IdleSessionTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/access-denied";

            var validateStamp = options.Events.OnValidatePrincipal;
            var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnSigningIn = context =>
            {
                // Kept through sliding renewals and stamp refreshes (they reuse the properties): the start of this session.
                context.Properties.Items.TryAdd(SessionStartedItem, Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                if (!context.Properties.Items.TryGetValue(SessionStartedItem, out var started)
                    || !DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var startedAt)
                    || Now(context.HttpContext) - startedAt > AbsoluteSessionLifetime)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await validateStamp(context);
            };
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                // Every refusal of a signed-in user (policy or resource check) is a security event.
                var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
                var request = context.HttpContext.Request;
                await audit.RecordAsync(AuditEvents.AuthorizationFailed, context.HttpContext.ToAuditContext(),
                    details: $"{request.Method} {request.Path}");
                await redirectToAccessDenied(context);
            };
        });
        // The cookie handlers read the clock from their options; tests replace TimeProvider to move time forward.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = TwoFactorCookieName(secureCookies);
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = TempDataCookieName(secureCookies);
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
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

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
