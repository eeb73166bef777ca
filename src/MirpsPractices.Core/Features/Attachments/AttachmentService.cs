using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Attachments;

public enum AttachmentOutcome
{
    Ok,
    NotFound,
    NotAllowed,
    Empty,
    TooLarge,
    UnsupportedType,
}

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

public sealed class AttachmentService(AppDbContext db, IAttachmentStore store, AuditLog audit, TimeProvider clock, ILogger<AttachmentService> logger)
{
    /// <summary>Adds an attachment to an editable practice of this user, after checking its signature and size.</summary>
    public async Task<AttachmentOutcome> AddAsync(int practiceId, AuditContext who, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null)
        {
            return AttachmentOutcome.NotFound;
        }
        if (practice.SubmitterId != who.UserId || !PracticeLifecycle.IsEditableBySubmitter(practice.State))
        {
            return AttachmentOutcome.NotAllowed;
        }
        if (content.Length == 0)
        {
            return AttachmentOutcome.Empty;
        }
        if (content.Length > FileSignatures.MaxBytes)
        {
            return AttachmentOutcome.TooLarge;
        }
        var type = FileSignatures.Detect(content);
        if (type is null)
        {
            logger.LogInformation("Attachment refused for practice {PracticeId}: unrecognised signature", practiceId);
            return AttachmentOutcome.UnsupportedType;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var key = await store.AddAsync(content, cancellationToken);
        var safeName = FileSignatures.SafeFileName(fileName, type);
        db.PracticeAttachments.Add(new PracticeAttachment
        {
            PracticeId = practiceId,
            FileName = safeName,
            ContentType = type.ContentType,
            Length = content.Length,
            StorageKey = key,
            UploadedById = who.UserId!,
            UploadedAtUtc = now,
        });
        audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), AuditLog.EntityKey(practiceId), PracticeEditDetails.AttachmentAdded(safeName));
        await db.SaveChangesAsync(cancellationToken);
        return AttachmentOutcome.Ok;
    }

    public async Task<AttachmentOutcome> RemoveAsync(int practiceId, int attachmentId, AuditContext who, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        var attachment = await db.PracticeAttachments.AsTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken);
        if (practice is null || attachment is null)
        {
            return AttachmentOutcome.NotFound;
        }
        if (practice.SubmitterId != who.UserId || !PracticeLifecycle.IsEditableBySubmitter(practice.State))
        {
            return AttachmentOutcome.NotAllowed;
        }
        db.PracticeAttachments.Remove(attachment);
        // A revision shares bytes with its published original: remove them only when no other row points to them.
        if (!await db.PracticeAttachments.AnyAsync(a => a.StorageKey == attachment.StorageKey && a.Id != attachment.Id, cancellationToken))
        {
            await store.RemoveAsync(attachment.StorageKey, cancellationToken);
        }
        audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), AuditLog.EntityKey(practiceId), PracticeEditDetails.AttachmentRemoved(attachment.FileName));
        await db.SaveChangesAsync(cancellationToken);
        return AttachmentOutcome.Ok;
    }

    public async Task<AttachmentFile?> ReadAsync(int practiceId, int attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.PracticeAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }
        var content = await store.ReadAsync(attachment.StorageKey, cancellationToken);
        return content is null ? null : new AttachmentFile(attachment.FileName, attachment.ContentType, content);
    }
}
