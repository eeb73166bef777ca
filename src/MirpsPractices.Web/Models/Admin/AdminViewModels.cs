using MirpsPractices.Core.Features.Administration;

namespace MirpsPractices.Web.Models.Admin;

public sealed record DashboardViewModel(AdminFigures Figures, IReadOnlyList<AuditEntry> RecentEvents);

public sealed record UsersViewModel(IReadOnlyList<UserListItem> Users, string? Search);

public sealed record InviteUserViewModel(InviteUserInputModel Input, IReadOnlyList<OrganisationOption> Organisations);

public sealed record UserViewModel(UserDetails User, UserAccessInputModel Access, IReadOnlyList<OrganisationOption> Organisations, bool IsSelf);

public sealed record OrganisationsViewModel(IReadOnlyList<OrganisationListItem> Organisations, bool PendingOnly);

public sealed record OrganisationFormViewModel(int? Id, OrganisationInputModel Input, IReadOnlyList<string> Countries, bool IsApproved, int? MergedIntoId);

public sealed record MergeOrganisationViewModel(int Id, string Name, IReadOnlyList<OrganisationOption> Survivors, MergeOrganisationInputModel Input);

public sealed record ReferenceList(string Title, IReadOnlyList<ReferenceRow> Rows);

public sealed record ReferenceRow(string Code, string Spanish, string English);

public sealed record ReferenceViewModel(IReadOnlyList<ReferenceList> Lists);

public sealed record AuditViewModel(AuditPage Page, string? EventType);
