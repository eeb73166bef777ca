using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Recommendations;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Web.Authorization;

/// <summary>Operations on network records, checked against the record itself (resource-based authorization).</summary>
public static class NetworkOperations
{
    public static readonly OperationAuthorizationRequirement UpdateCommitment = new() { Name = nameof(UpdateCommitment) };
    public static readonly OperationAuthorizationRequirement EditRecommendation = new() { Name = nameof(EditRecommendation) };
    /// <summary>The drafter's standing (author or moderator), endorsed or not: whose save is refused with an explanation rather than a 403.</summary>
    public static readonly OperationAuthorizationRequirement DraftRecommendation = new() { Name = nameof(DraftRecommendation) };
}

/// <summary>The commitment being updated: its id and the organisations that made it.</summary>
public sealed record CommitmentResource(int Id, IReadOnlyList<int> OrganisationIds);

/// <summary>Who acts: the user, their organisation (from the database, so a change by an administrator applies at once) and their participant group.</summary>
public sealed class NetworkActorAccessor(WorkspaceLookups lookups)
{
    private NetworkActor? _actor;

    public async Task<NetworkActor> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_actor is not null)
        {
            return _actor;
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var organisationId = userId.Length == 0 ? null : await lookups.OrganisationOfAsync(userId, ct);
        _actor = new NetworkActor(userId, organisationId, GroupOf(user), user.IsInRole(Roles.Moderator));
        return _actor;
    }

    /// <summary>The participant group a user endorses for: the first participant-group role they hold.</summary>
    public static ParticipantGroup? GroupOf(ClaimsPrincipal user) =>
        Enum.GetValues<ParticipantGroup>().Where(g => user.IsInRole(g.ToString())).Select(g => (ParticipantGroup?)g).FirstOrDefault();
}

/// <summary>A participant updates only the commitments of their own organisation; moderators update all.</summary>
public sealed class CommitmentAuthorizationHandler(NetworkActorAccessor actors)
    : AuthorizationHandler<OperationAuthorizationRequirement, CommitmentResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CommitmentResource resource)
    {
        if (requirement.Name != NetworkOperations.UpdateCommitment.Name)
        {
            return;
        }
        var actor = await actors.GetAsync(context.User);
        if (actor.CanUpdateCommitmentOf(resource.OrganisationIds))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>A draft is edited by its author or a moderator, and only until a group endorsed it (endorsements are given to exact words).</summary>
public sealed class RecommendationAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, RecommendationDetail>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RecommendationDetail resource)
    {
        var isDrafter = context.User.FindFirstValue(ClaimTypes.NameIdentifier) == resource.CreatedById || context.User.IsInRole(Roles.Moderator);
        if (isDrafter && (requirement.Name == NetworkOperations.DraftRecommendation.Name
            || (requirement.Name == NetworkOperations.EditRecommendation.Name && resource.IsEditable)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
