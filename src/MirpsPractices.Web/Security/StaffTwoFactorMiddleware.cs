using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Infrastructure;

namespace MirpsPractices.Web.Security;

/// <summary>
/// Moderators and Administrators must use two-factor authentication: until their account has an authenticator app,
/// every request except the set-up pages, sign-out, error pages and static assets (the set-up page's stylesheet) is sent to the set-up page.
/// </summary>
public sealed class StaffTwoFactorMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/account/two-factor";

    private static readonly string[] AllowedPrefixes = [SetupPath, "/account/signout", "/account/access-denied", "/error/", "/language/", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Administrator))
            && !user.HasClaim(PortalClaimsPrincipalFactory.TwoFactorClaim, "true")
            && !context.IsStaticAsset()
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetupPath + "?required=true");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
