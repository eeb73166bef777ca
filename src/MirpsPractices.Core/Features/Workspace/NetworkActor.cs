using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Workspace;

/// <summary>Who acts in the network workspace: the user, their organisation, their participant group, and whether they moderate.</summary>
public sealed record NetworkActor(string UserId, int? OrganisationId, ParticipantGroup? Group, bool IsModerator)
{
    /// <summary>A participant updates only the commitments of their own organisation; moderators update all.</summary>
    public bool CanUpdateCommitmentOf(IEnumerable<int> organisationIds) =>
        IsModerator || (OrganisationId is int own && organisationIds.Contains(own));
}

/// <summary>Result of a change in the workspace: saved, not there, refused by a rule of the record, or changed meanwhile.</summary>
public enum SaveOutcome
{
    Saved,
    NotFound,
    Locked,
    /// <summary>Someone else saved the record since the form was loaded (its concurrency stamp moved on); nothing was written.</summary>
    Conflict,
}
