using Microsoft.AspNetCore.Authorization;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Web.Authorization;

/// <summary>Every named policy of the portal, registered in one place. Controllers name policies, never role strings.</summary>
public static class Policies
{
    public const string Participant = nameof(Participant);
    public const string Moderator = nameof(Moderator);
    public const string Administrator = nameof(Administrator);
    public const string ModeratorOrAdministrator = nameof(ModeratorOrAdministrator);

    /// <summary>A participant who submits practices, or a moderator who curates them (the practice's own page).</summary>
    public const string ParticipantOrModerator = nameof(ParticipantOrModerator);

    /// <summary>The network workspace (recommendations, commitments, sessions, reports): participants and moderators.</summary>
    public const string Workspace = nameof(Workspace);

    /// <summary>Recording sessions: moderators and the two regional technical teams, who convene the meetings.</summary>
    public const string SessionEditor = nameof(SessionEditor);

    public static AuthorizationBuilder AddPortalPolicies(this AuthorizationBuilder builder) => builder
        // Deny by default: an action without [AllowAnonymous] needs a signed-in user.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Participant, p => p.RequireRole([.. Roles.ParticipantGroups]))
        .AddPolicy(Moderator, p => p.RequireRole(Roles.Moderator))
        .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
        .AddPolicy(ModeratorOrAdministrator, p => p.RequireRole(Roles.Moderator, Roles.Administrator))
        .AddPolicy(ParticipantOrModerator, p => p.RequireRole([.. Roles.ParticipantGroups, Roles.Moderator]))
        .AddPolicy(Workspace, p => p.RequireRole([.. Roles.ParticipantGroups, Roles.Moderator]))
        .AddPolicy(SessionEditor, p => p.RequireRole(Roles.Moderator, Roles.EmploymentTeam, Roles.LocalGovernanceTeam));
}
