using System.Security.Claims;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Web.Infrastructure;

public static class AuditContextExtensions
{
    /// <summary>Who did it and from where, for the audit log (the IP as seen after trusted forwarded headers).</summary>
    public static AuditContext ToAuditContext(this HttpContext context) => new(
        context.User.FindFirstValue(ClaimTypes.NameIdentifier),
        context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null,
        context.Connection.RemoteIpAddress?.ToString());

    /// <summary>For a request about an account that is not (yet) signed in: sign-in steps, invitation and reset links.</summary>
    public static AuditContext ToAuditContext(this HttpContext context, ApplicationUser? user) =>
        new(user?.Id, user?.Email, context.Connection.RemoteIpAddress?.ToString());
}
