using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Translations;

namespace MirpsPractices.Web.Authorization;

public static class TranslationOperations
{
    /// <summary>Write and submit the translation: the record's author, the members of its organisation(s), moderators.</summary>
    public static readonly OperationAuthorizationRequirement Translate = new() { Name = nameof(Translate) };

    /// <summary>Review (make public) or send back a submitted translation: moderators.</summary>
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };
}

/// <summary>Who may translate a record, checked against the record itself; the organisation comes from the database (<see cref="NetworkActorAccessor"/>).</summary>
public sealed class TranslationAuthorizationHandler(NetworkActorAccessor actors)
    : AuthorizationHandler<OperationAuthorizationRequirement, TranslationAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TranslationAccess resource)
    {
        var user = context.User;
        var moderator = user.IsInRole(Roles.Moderator);
        var allowed = false;
        if (requirement.Name == TranslationOperations.Review.Name)
        {
            allowed = moderator;
        }
        else if (requirement.Name == TranslationOperations.Translate.Name)
        {
            allowed = moderator;
            if (!allowed && Roles.ParticipantGroups.Any(user.IsInRole))
            {
                var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
                var actor = await actors.GetAsync(user);
                allowed = userId == resource.OwnerId
                    || (actor.OrganisationId is int organisation && resource.OrganisationIds.Contains(organisation));
            }
        }
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
