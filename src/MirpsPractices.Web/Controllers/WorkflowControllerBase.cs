using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Infrastructure;

namespace MirpsPractices.Web.Controllers;

/// <summary>Shared plumbing of the workflow controllers: who is acting, and resource-based checks that answer 404.</summary>
public abstract class WorkflowControllerBase(IAuthorizationService authorization, PracticeQueries queries) : Controller
{
    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    protected AuditContext Who => HttpContext.ToAuditContext();

    protected PracticeQueries Queries => queries;

    /// <summary>The practice when the user may do <paramref name="operation"/> on it; null (answer 404) for unknown ids and for others' practices alike.</summary>
    protected async Task<PracticeAccess?> AuthorizeAsync(int id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var access = await queries.GetAccessAsync(id, cancellationToken);
        if (access is null)
        {
            return null;
        }
        var result = await authorization.AuthorizeAsync(User, access, operation);
        return result.Succeeded ? access : null;
    }

    protected async Task<bool> IsAllowedAsync(PracticeAccess access, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, access, operation)).Succeeded;

    protected bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
}
