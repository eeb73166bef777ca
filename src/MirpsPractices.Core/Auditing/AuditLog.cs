using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Auditing;

/// <summary>Well-known audit event types.</summary>
public static class AuditEvents
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignOut = "SignOut";
    public const string RoleChanged = "RoleChanged";
    public const string AuthorizationFailed = "AuthorizationFailed";
    public const string PracticeEdited = "PracticeEdited";
    public const string PracticeStateChanged = "PracticeStateChanged";

    // Accounts and administration (issue #5).
    public const string TwoFactorSignInFailed = "TwoFactorSignInFailed";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string RecoveryCodesGenerated = "RecoveryCodesGenerated";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string InvitationSent = "InvitationSent";
    public const string InvitationAccepted = "InvitationAccepted";
    public const string UserLocked = "UserLocked";
    public const string UserUnlocked = "UserUnlocked";
    public const string UserDeactivated = "UserDeactivated";
    public const string UserReactivated = "UserReactivated";
    public const string UserOrganisationChanged = "UserOrganisationChanged";
    public const string PersonalDataDownloaded = "PersonalDataDownloaded";
    public const string AccountDeleted = "AccountDeleted";
    public const string OrganisationCreated = "OrganisationCreated";
    public const string OrganisationEdited = "OrganisationEdited";
    public const string OrganisationApproved = "OrganisationApproved";
    public const string OrganisationMerged = "OrganisationMerged";

    // Submission and moderation.
    public const string OrganisationProposed = "OrganisationProposed";
    public const string CallForPracticesSaved = "CallForPracticesSaved";
    public const string CallForPracticesDeleted = "CallForPracticesDeleted";

    // Network workspace (recommendations, commitments, sessions, reports).
    public const string RecommendationCreated = "RecommendationCreated";
    public const string RecommendationEdited = "RecommendationEdited";
    public const string RecommendationEndorsed = "RecommendationEndorsed";
    public const string RecommendationFollowedUp = "RecommendationFollowedUp";
    public const string RecommendationAmendmentProposed = "RecommendationAmendmentProposed";
    public const string RecommendationAmendmentAccepted = "RecommendationAmendmentAccepted";
    public const string RecommendationAmendmentRejected = "RecommendationAmendmentRejected";
    public const string RecommendationEndorsementConfirmed = "RecommendationEndorsementConfirmed";
    public const string CommitmentCreated = "CommitmentCreated";
    public const string CommitmentEdited = "CommitmentEdited";
    public const string CommitmentProgressNoted = "CommitmentProgressNoted";
    public const string SessionCreated = "SessionCreated";
    public const string SessionEdited = "SessionEdited";
    public const string ReportRequested = "ReportRequested";
    public const string PracticeImportStarted = "PracticeImportStarted";

    // Replication pathways (issue 13).
    public const string PathwayProposed = "PathwayProposed";
    public const string PathwayConfirmed = "PathwayConfirmed";
    public const string PathwayRejected = "PathwayRejected";
    public const string PathwayRecorded = "PathwayRecorded";
}

public sealed record AuditContext(string? UserId, string? UserName, string? IpAddress);

/// <summary>Appends security and content events to the audit log (UTC time, user, IP). Never put secrets in Details.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string eventType, AuditContext who, string? entityType = null, string? entityId = null, string? details = null, CancellationToken cancellationToken = default)
    {
        Add(eventType, who, entityType, entityId, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves a new record, built by <paramref name="build"/>, and the entry of its creation in one transaction: the entry
    /// names the record's id, which only the first save gives. Returns that id.
    /// </summary>
    public Task<int> AddCreatedAsync<T>(Func<CancellationToken, Task<T>> build, Func<T, int> idOf, string eventType, AuditContext who, CancellationToken cancellationToken)
        where T : class =>
        AddCreatedAsync(build, idOf, eventType, who, details: null, cancellationToken);

    /// <inheritdoc cref="AddCreatedAsync{T}(Func{CancellationToken, Task{T}}, Func{T, int}, string, AuditContext, CancellationToken)"/>
    public Task<int> AddCreatedAsync<T>(Func<CancellationToken, Task<T>> build, Func<T, int> idOf, string eventType, AuditContext who, string? details, CancellationToken cancellationToken)
        where T : class =>
        db.InTransactionAsync(async token =>
        {
            var record = await build(token);
            db.Add(record);
            await db.SaveChangesAsync(token);
            var id = idOf(record);
            Add(eventType, who, typeof(T).Name, EntityKey(id), details);
            await db.SaveChangesAsync(token);
            return id;
        }, cancellationToken);

    /// <summary>The entity id as the log stores it (culture-invariant digits).</summary>
    public static string EntityKey(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds the entry to the current unit of work, to be saved with the change it records.</summary>
    public void Add(string eventType, AuditContext who, string? entityType = null, string? entityId = null, string? details = null) =>
        db.AuditLog.Add(new AuditLogEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            EventType = eventType,
            UserId = who.UserId,
            UserName = who.UserName,
            IpAddress = who.IpAddress,
            EntityType = entityType,
            EntityId = entityId,
            Details = details is { Length: > 4000 } ? details[..4000] : details,
        });
}
