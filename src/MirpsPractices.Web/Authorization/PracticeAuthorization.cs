using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Web.Authorization;

/// <summary>What someone wants to do with one practice; checked against the practice by <see cref="PracticeAuthorizationHandler"/>.</summary>
public static class PracticeOperations
{
    /// <summary>Read the practice, its attachments and (for the owner and moderators) its history.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };

    /// <summary>Change the content, the attachments, submit: only the owner, only while it is a draft or changes are requested.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>See the submitter's page with timeline and comments: the owner and moderators.</summary>
    public static readonly OperationAuthorizationRequirement ViewHistory = new() { Name = nameof(ViewHistory) };

    /// <summary>Lifecycle actions that belong to the owner whatever the state (take back a submission, start a revision).</summary>
    public static readonly OperationAuthorizationRequirement Own = new() { Name = nameof(Own) };

    /// <summary>Review, decide, assign: moderators.</summary>
    public static readonly OperationAuthorizationRequirement Moderate = new() { Name = nameof(Moderate) };
}

/// <summary>
/// Ownership and visibility of practices: owners edit only their own drafts; everyone sees published practices;
/// moderators see everything. Controllers ask with a <see cref="PracticeAccess"/> and answer 404 on failure.
/// </summary>
public sealed class PracticeAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PracticeAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PracticeAccess resource)
    {
        var user = context.User;
        var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var isOwner = userId is not null && userId == resource.SubmitterId && Roles.ParticipantGroups.Any(user.IsInRole);
        var isModerator = user.IsInRole(Roles.Moderator);
        var allowed = requirement.Name switch
        {
            nameof(PracticeOperations.View) => resource.IsPublic || isOwner || isModerator,
            nameof(PracticeOperations.ViewHistory) => isOwner || isModerator,
            nameof(PracticeOperations.Edit) => isOwner && PracticeLifecycle.IsEditableBySubmitter(resource.State),
            nameof(PracticeOperations.Own) => isOwner,
            nameof(PracticeOperations.Moderate) => isModerator,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
