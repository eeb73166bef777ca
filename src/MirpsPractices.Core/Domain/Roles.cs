namespace MirpsPractices.Core.Domain;

/// <summary>Identity role names: one per participant group, plus Moderator and Administrator.</summary>
public static class Roles
{
    public const string EmploymentTeam = nameof(ParticipantGroup.EmploymentTeam);
    public const string LocalGovernanceTeam = nameof(ParticipantGroup.LocalGovernanceTeam);
    public const string CivilSociety = nameof(ParticipantGroup.CivilSociety);
    public const string RefugeeLed = nameof(ParticipantGroup.RefugeeLed);
    public const string Moderator = nameof(Moderator);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> ParticipantGroups = [EmploymentTeam, LocalGovernanceTeam, CivilSociety, RefugeeLed];
    public static readonly IReadOnlyList<string> All = [EmploymentTeam, LocalGovernanceTeam, CivilSociety, RefugeeLed, Moderator, Administrator];
}
