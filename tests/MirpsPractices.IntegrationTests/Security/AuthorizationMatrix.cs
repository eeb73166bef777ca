using MirpsPractices.Core.Domain;
using static MirpsPractices.IntegrationTests.Security.Outcome;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>What each kind of visitor gets from an endpoint: anonymous, then one column per role in <see cref="Roles.All"/> order.</summary>
public sealed record Expect(Outcome Anonymous, Outcome EmploymentTeam, Outcome LocalGovernanceTeam, Outcome CivilSociety, Outcome RefugeeLed, Outcome Moderator, Outcome Administrator)
{
    public Outcome For(string? role) => role switch
    {
        null => Anonymous,
        Roles.EmploymentTeam => EmploymentTeam,
        Roles.LocalGovernanceTeam => LocalGovernanceTeam,
        Roles.CivilSociety => CivilSociety,
        Roles.RefugeeLed => RefugeeLed,
        Roles.Moderator => Moderator,
        Roles.Administrator => Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static Expect All(Outcome outcome) => new(outcome, outcome, outcome, outcome, outcome, outcome, outcome);
}

/// <summary>
/// THE authorization table: every endpoint of the app, "METHOD /route/pattern" → expected outcome per visitor.
/// <see cref="AuthorizationMatrixTests"/> fails for an endpoint without a row (and prints the missing rows in this syntax)
/// and for a row whose endpoint no longer exists. POSTs are sent with a valid antiforgery token and an empty form.
/// Route parameters take the sample values of <see cref="AuthorizationMatrixTests"/> (seeded records).
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>Anyone, signed in or not.</summary>
    public static readonly Expect Public = Expect.All(Ok);
    /// <summary>Any signed-in user; anonymous visitors are sent to sign in.</summary>
    public static readonly Expect SignedIn = new(SignIn, Ok, Ok, Ok, Ok, Ok, Ok);
    /// <summary>Policies.Administrator.</summary>
    public static readonly Expect AdministratorOnly = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok);
    /// <summary>Policies.Moderator.</summary>
    public static readonly Expect ModeratorOnly = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden);
    /// <summary>Policies.ModeratorOrAdministrator.</summary>
    public static readonly Expect Staff = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok);
    /// <summary>Policies.Workspace (participant groups and moderators).</summary>
    public static readonly Expect Workspace = new(SignIn, Ok, Ok, Ok, Ok, Ok, Forbidden);
    /// <summary>Policies.Workspace on a record that doesn't exist.</summary>
    public static readonly Expect UnknownInWorkspace = new(SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Forbidden);
    /// <summary>Policies.SessionEditor (Moderator, EmploymentTeam, LocalGovernanceTeam).</summary>
    public static readonly Expect SessionEditors = new(SignIn, Ok, Ok, Forbidden, Forbidden, Ok, Forbidden);
    /// <summary>Policies.Participant (the four participant groups).</summary>
    public static readonly Expect Participants = new(SignIn, Ok, Ok, Ok, Ok, Forbidden, Forbidden);

    public static readonly IReadOnlyDictionary<string, Expect> Rows = new Dictionary<string, Expect>
    {
        // Public pages and infrastructure
        ["GET /"] = Public,
        ["ANY /health"] = Public,
        ["GET /language/{culture}"] = Public,
        ["ANY /error/{statusCode:int}"] = Expect.All(NotFound), // sample statusCode 404: the 404 page itself
        ["ANY /{*path}"] = Expect.All(NotFound),        // unknown URLs, with or without a file extension, are plain 404s, never a sign-in redirect

        // Public catalogue, directory, statistics, open data and API (branch catalogue): anonymous by design, published data only.
        ["GET /catalogue"] = Public,
        ["GET /catalogue/export.csv"] = Public,
        ["GET /catalogue/export.json"] = Public,
        ["GET /catalogue/feed.atom"] = Public,
        ["GET /practices/{id:int}/{slug?}"] = Public,
        ["GET /recommendations"] = Public,
        ["GET /organisations"] = Public,
        ["GET /organisations/{id:int}"] = Public,
        ["GET /statistics"] = Public,
        ["GET /statistics/{country}"] = Public,
        ["GET /compare"] = Public,
        ["GET /practices/{id:int}/blocks/{number:int}"] = Public,
        ["GET /pathways"] = Public,
        ["GET /api/v1/practices"] = Public,
        ["GET /api/v1/practices/{id:int}"] = Public,
        ["GET /api/v1/reference/{list}"] = Public,
        ["GET /openapi/{documentName}.json"] = Public,

        // Sign-in and password links (anonymous by design; rate-limited)
        ["GET /account/signin"] = Public,
        ["POST /account/signin"] = Public,
        ["GET /account/signin-2fa"] = Expect.All(SignIn),       // without a pending two-factor sign-in: back to the sign-in page
        ["POST /account/signin-2fa"] = Expect.All(SignIn),
        ["GET /account/signin-recovery"] = Expect.All(SignIn),
        ["POST /account/signin-recovery"] = Expect.All(SignIn),
        ["POST /account/signout"] = SignedIn,
        ["GET /account/access-denied"] = Expect.All(Forbidden), // the page answers 403 itself
        ["GET /account/invitation"] = Public,
        ["POST /account/invitation"] = Public,
        ["GET /account/forgot-password"] = Public,
        ["POST /account/forgot-password"] = Public,
        ["GET /account/forgot-password/sent"] = Public,
        ["GET /account/reset-password"] = Public,
        ["POST /account/reset-password"] = Public,

        // The user's own account
        ["GET /account/manage"] = SignedIn,
        ["GET /account/change-password"] = SignedIn,
        ["POST /account/manage/preferences"] = SignedIn,
        ["POST /account/change-password"] = SignedIn,
        ["GET /account/two-factor"] = SignedIn,
        ["POST /account/two-factor/enable"] = SignedIn,
        ["POST /account/two-factor/recovery-codes"] = SignedIn,
        ["POST /account/two-factor/reset"] = SignedIn,
        ["GET /account/personal-data"] = SignedIn,
        ["GET /account/delete"] = SignedIn,
        ["POST /account/delete"] = SignedIn,

        // Administration
        ["GET /admin"] = AdministratorOnly,
        ["GET /admin/reference"] = AdministratorOnly,
        ["GET /admin/audit"] = AdministratorOnly,
        ["GET /admin/users"] = AdministratorOnly,
        ["GET /admin/users/invite"] = AdministratorOnly,
        ["POST /admin/users/invite"] = AdministratorOnly,
        ["GET /admin/users/{userId}"] = AdministratorOnly,
        ["POST /admin/users/{userId}/access"] = AdministratorOnly,
        ["POST /admin/users/{userId}/lock"] = AdministratorOnly,
        ["POST /admin/users/{userId}/unlock"] = AdministratorOnly,
        ["POST /admin/users/{userId}/deactivate"] = AdministratorOnly,
        ["POST /admin/users/{userId}/reactivate"] = AdministratorOnly,
        ["POST /admin/users/{userId}/reinvite"] = AdministratorOnly,
        ["GET /admin/organisations"] = AdministratorOnly,
        ["GET /admin/organisations/new"] = AdministratorOnly,
        ["POST /admin/organisations/new"] = AdministratorOnly,
        ["GET /admin/organisations/{id:int}/edit"] = AdministratorOnly,
        ["POST /admin/organisations/{id:int}/edit"] = AdministratorOnly,
        ["POST /admin/organisations/{id:int}/approve"] = AdministratorOnly,
        ["GET /admin/organisations/{id:int}/merge"] = AdministratorOnly,
        ["POST /admin/organisations/{id:int}/merge"] = AdministratorOnly,

        // Submission and moderation (branch workflow). Practice routes use the sample id 1: a seeded published practice
        // owned by the LocalGovernanceTeam demo user. Other participants may read it (it is public: sent to its public page)
        // but get 404 on every owner action; ObjectLevelAuthorizationTests cover other people's drafts.
        ["GET /my/practices"] = Participants,
        ["GET /my/practices/new"] = Participants,
        ["GET /my/practices/similar"] = new(SignIn, Ok, Ok, Ok, Ok, Ok, Forbidden),
        ["GET /moderation/imports"] = ModeratorOnly,     // issue 15: bulk import from .xlsx/CSV
        ["POST /moderation/imports"] = ModeratorOnly,    // an empty form: back to the page with "no file received"
        ["GET /moderation/imports/{id:guid}"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["GET /moderation/imports/{id:guid}/mapping"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["POST /moderation/imports/{id:guid}/mapping"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["GET /moderation/imports/{id:guid}/preview"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["POST /moderation/imports/{id:guid}/start"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["POST /moderation/imports/{id:guid}/organisations"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["GET /my/practices/template"] = Participants,  // issue 15: the Word template (es/en)
        ["POST /my/practices/import"] = Participants,   // issue 15: an empty form is answered with "no file received" on My practices
        ["POST /my/practices/{id:int}/pathways"] = new(SignIn, NotFound, Ok, NotFound, NotFound, Ok, Forbidden),
        ["GET /moderation/pathways"] = ModeratorOnly,
        ["POST /moderation/pathways/{id:int}/confirm"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["POST /moderation/pathways/{id:int}/reject"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["POST /my/practices/new"] = Participants,
        ["GET /my/practices/{id:int}"] = new(SignIn, Ok, Ok, Ok, Ok, Ok, Forbidden),
        ["GET /my/practices/{id:int}/edit"] = new(SignIn, NotFound, Ok, NotFound, NotFound, Forbidden, Forbidden),
        // The owner of the published sample practice is refused inside the endpoint: the edit form comes back with the typing (409),
        // a submit lands on the practice; nothing is saved either way (NothingLostTests).
        ["POST /my/practices/{id:int}/edit"] = new(SignIn, NotFound, Ok, NotFound, NotFound, Forbidden, Forbidden),
        ["POST /my/practices/{id:int}/draft"] = new(SignIn, NotFound, NotFound, NotFound, NotFound, Forbidden, Forbidden),
        ["POST /my/practices/{id:int}/submit"] = new(SignIn, NotFound, Ok, NotFound, NotFound, Forbidden, Forbidden),
        ["POST /my/practices/{id:int}/return-to-draft"] = new(SignIn, NotFound, Ok, NotFound, NotFound, Forbidden, Forbidden),
        ["POST /my/practices/{id:int}/revision"] = new(SignIn, NotFound, Ok, NotFound, NotFound, Forbidden, Forbidden),
        ["POST /my/practices/{id:int}/attachments"] = new(SignIn, NotFound, NotFound, NotFound, NotFound, Forbidden, Forbidden),
        ["POST /my/practices/{id:int}/attachments/{attachmentId:int}/delete"] = new(SignIn, NotFound, NotFound, NotFound, NotFound, Forbidden, Forbidden),
        ["GET /practices/{id:int}/attachments/{attachmentId:int}"] = Expect.All(NotFound),
        ["GET /moderation"] = ModeratorOnly,
        ["GET /translations"] = ModeratorOnly,
        // The sample record type is not one: every allowed visitor gets a 404 (the real records are in Translations tests).
        ["GET /translations/{type}/{id:int}"] = UnknownInWorkspace,
        ["POST /translations/{type}/{id:int}"] = UnknownInWorkspace,
        ["POST /translations/{type}/{id:int}/draft"] = UnknownInWorkspace,
        ["POST /translations/{type}/{id:int}/review"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound, Forbidden),
        ["GET /moderation/calls"] = ModeratorOnly,
        ["GET /moderation/calls/new"] = ModeratorOnly,
        ["POST /moderation/calls/new"] = ModeratorOnly,
        ["GET /moderation/calls/{id:int}/edit"] = ModeratorOnly,
        ["POST /moderation/calls/{id:int}/edit"] = ModeratorOnly,
        ["POST /moderation/calls/{id:int}/delete"] = ModeratorOnly,
        ["GET /moderation/practices/{id:int}"] = ModeratorOnly,
        ["POST /moderation/practices/{id:int}"] = ModeratorOnly,
        ["POST /moderation/practices/{id:int}/assign"] = ModeratorOnly,

        // Network workspace: recommendations, commitments, sessions, reports (branch network).
        // Sample id 1 for an int id; a random guid for reports (unknown report: NotFound).
        // Commitment 1 belongs to the local-governance demo organisation: its members and moderators may change it (resource check).
        // Recommendation 1 was written by someone else: only its author's organisation may edit it.
        ["GET /workspace"] = Workspace,
        ["GET /workspace/commitments"] = Workspace,
        ["GET /workspace/commitments/new"] = Workspace,
        ["POST /workspace/commitments/new"] = Workspace,
        ["GET /workspace/commitments/{id:int}"] = Workspace,
        ["GET /workspace/commitments/{id:int}/edit"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Ok, Forbidden),
        ["POST /workspace/commitments/{id:int}/edit"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Ok, Forbidden),
        ["POST /workspace/commitments/{id:int}/progress"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Ok, Forbidden),
        // Bulk updates by spreadsheet: moderators and members of an organisation (every demo participant has one); an empty
        // upload, an unknown preview token or an empty confirm/cancel redirects back to the bulk page.
        // The public commitments dashboard (issue 14): anonymous, like the statistics page.
        ["GET /commitments"] = Public,
        ["GET /workspace/commitments/bulk"] = Workspace,
        ["GET /workspace/commitments/bulk/commitments.xlsx"] = Workspace,
        ["GET /workspace/commitments/bulk/commitments.csv"] = Workspace,
        ["POST /workspace/commitments/bulk/upload"] = Workspace,
        ["GET /workspace/commitments/bulk/preview"] = Workspace,
        ["POST /workspace/commitments/bulk/confirm"] = Workspace,
        ["POST /workspace/commitments/bulk/cancel"] = Workspace,
        ["GET /workspace/recommendations"] = Workspace,
        ["GET /workspace/recommendations/new"] = Participants,
        ["POST /workspace/recommendations/new"] = Participants,
        ["GET /workspace/recommendations/{id:int}"] = Workspace,
        ["GET /workspace/recommendations/{id:int}/edit"] = new(SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        // The sample is endorsed: its author (Local Governance) and moderators get the form back explaining why it can't change.
        ["POST /workspace/recommendations/{id:int}/edit"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Ok, Forbidden),
        ["POST /workspace/recommendations/{id:int}/endorse"] = Participants,
        ["POST /workspace/recommendations/{id:int}/follow-up"] = Workspace,
        ["POST /workspace/recommendations/{id:int}/amendments"] = Participants,
        // Deciding is the drafter's (the sample's author, Local Governance) or a moderator's; an empty form comes back with its messages.
        ["POST /workspace/recommendations/{id:int}/amendments/decide"] = new(SignIn, Forbidden, Ok, Forbidden, Forbidden, Ok, Forbidden),
        ["POST /workspace/recommendations/{id:int}/endorsement/confirm"] = Participants,
        ["GET /workspace/reports"] = Workspace,
        ["POST /workspace/reports"] = Workspace,
        ["GET /workspace/reports/{id:guid}"] = UnknownInWorkspace,
        ["GET /workspace/reports/{id:guid}/download"] = UnknownInWorkspace,
        ["GET /workspace/reports/{id:guid}/print"] = UnknownInWorkspace,
        ["GET /workspace/reports/{id:guid}/status"] = UnknownInWorkspace,
        ["GET /workspace/sessions"] = Workspace,
        ["GET /workspace/sessions/new"] = SessionEditors,
        ["POST /workspace/sessions/new"] = SessionEditors,
        ["GET /workspace/sessions/{id:int}"] = Workspace,
        ["GET /workspace/sessions/{id:int}/edit"] = SessionEditors,
        ["POST /workspace/sessions/{id:int}/edit"] = SessionEditors,
    };
}
