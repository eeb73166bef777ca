using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Administration;

public sealed record OrganisationListItem(
    int Id, string Name, string? Acronym, ActorType ActorType, string CountryCode, bool IsApproved,
    int? MergedIntoId, string? MergedIntoName, int Users, int Practices);

public sealed record OrganisationData(string Name, string? Acronym, ActorType ActorType, string CountryCode, bool IsDialogueMechanismMember, string? Website);

public sealed record OrganisationDetails(int Id, OrganisationData Data, bool IsApproved, int? MergedIntoId);

public enum MergeResult
{
    Merged,
    NotFound,
    SameOrganisation,
    AlreadyMerged,
}

/// <summary>Administrators' work on organisations: create, edit, approve proposed ones, merge duplicates.</summary>
public sealed class OrganisationAdministration(AppDbContext db, AuditLog audit, IPublicCatalogueCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<OrganisationListItem>> ListAsync(bool pendingOnly, CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsQueryable();
        if (pendingOnly)
        {
            query = query.Where(o => !o.IsApproved && o.MergedIntoId == null);
        }
        return await query
            // Proposals waiting for approval first, merged duplicates last.
            .OrderBy(o => o.MergedIntoId != null).ThenBy(o => o.IsApproved).ThenBy(o => o.Name)
            .Select(o => new OrganisationListItem(
                o.Id, o.Name, o.Acronym, o.ActorType, o.CountryCode, o.IsApproved, o.MergedIntoId,
                db.Organisations.Where(m => m.Id == o.MergedIntoId).Select(m => m.Name).FirstOrDefault(),
                db.Users.Count(u => u.OrganisationId == o.Id),
                db.PracticeOrganisations.Count(p => p.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<OrganisationDetails?> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Organisations
            .Where(o => o.Id == id)
            .Select(o => new OrganisationDetails(
                o.Id,
                new OrganisationData(o.Name, o.Acronym, o.ActorType, o.CountryCode, o.IsDialogueMechanismMember, o.Website),
                o.IsApproved, o.MergedIntoId))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<int> CreateAsync(OrganisationData data, AuditContext who, CancellationToken cancellationToken)
    {
        var id = await audit.AddCreatedAsync(_ =>
        {
            var organisation = new Organisation
            {
                Name = data.Name.Trim(),
                CountryCode = data.CountryCode,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                IsApproved = true,
            };
            Apply(organisation, data);
            return Task.FromResult(organisation);
        }, o => o.Id, AuditEvents.OrganisationCreated, who, cancellationToken);
        // The public directory lists approved organisations: it shows the new one at once, as it shows an edit.
        await cache.EvictAsync(cancellationToken);
        return id;
    }

    public async Task<bool> UpdateAsync(int id, OrganisationData data, AuditContext who, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return false;
        }
        Apply(organisation, data);
        audit.Add(AuditEvents.OrganisationEdited, who, nameof(Organisation), AuditLog.EntityKey(id));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ApproveAsync(int id, AuditContext who, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsTracking().SingleOrDefaultAsync(o => o.Id == id && o.MergedIntoId == null, cancellationToken);
        if (organisation is null)
        {
            return false;
        }
        if (!organisation.IsApproved)
        {
            organisation.IsApproved = true;
            audit.Add(AuditEvents.OrganisationApproved, who, nameof(Organisation), AuditLog.EntityKey(id));
            await db.SaveChangesAsync(cancellationToken);
            await cache.EvictAsync(cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Moves everything that points at the duplicate (practices, commitments, sessions, people, earlier merges) to the survivor,
    /// then marks the duplicate as merged. Links the survivor already has are dropped rather than doubled.
    /// </summary>
    public async Task<MergeResult> MergeAsync(int duplicateId, int survivorId, AuditContext who, CancellationToken cancellationToken)
    {
        if (duplicateId == survivorId)
        {
            return MergeResult.SameOrganisation;
        }
        var both = await db.Organisations.Where(o => o.Id == duplicateId || o.Id == survivorId).ToListAsync(cancellationToken);
        if (both.Count != 2)
        {
            return MergeResult.NotFound;
        }
        if (both.Any(o => o.MergedIntoId != null))
        {
            return MergeResult.AlreadyMerged;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.PracticeOrganisations
                .Where(x => x.OrganisationId == duplicateId && !db.PracticeOrganisations.Any(y => y.PracticeId == x.PracticeId && y.OrganisationId == survivorId))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OrganisationId, survivorId), cancellationToken);
            await db.PracticeOrganisations.Where(x => x.OrganisationId == duplicateId).ExecuteDeleteAsync(cancellationToken);

            await db.Set<CommitmentOrganisation>()
                .Where(x => x.OrganisationId == duplicateId && !db.Set<CommitmentOrganisation>().Any(y => y.CommitmentId == x.CommitmentId && y.OrganisationId == survivorId))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OrganisationId, survivorId), cancellationToken);
            await db.Set<CommitmentOrganisation>().Where(x => x.OrganisationId == duplicateId).ExecuteDeleteAsync(cancellationToken);

            await db.Set<SessionOrganisation>()
                .Where(x => x.OrganisationId == duplicateId && !db.Set<SessionOrganisation>().Any(y => y.SessionId == x.SessionId && y.OrganisationId == survivorId))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OrganisationId, survivorId), cancellationToken);
            await db.Set<SessionOrganisation>().Where(x => x.OrganisationId == duplicateId).ExecuteDeleteAsync(cancellationToken);

            await db.Practices.Where(p => p.SubmitterOrganisationId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.SubmitterOrganisationId, survivorId), cancellationToken);
            await db.Users.Where(u => u.OrganisationId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.OrganisationId, survivorId), cancellationToken);
            await db.Organisations.Where(o => o.MergedIntoId == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.MergedIntoId, survivorId), cancellationToken);
            await db.Organisations.Where(o => o.Id == duplicateId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.MergedIntoId, survivorId), cancellationToken);

            audit.Add(AuditEvents.OrganisationMerged, who, nameof(Organisation), AuditLog.EntityKey(duplicateId), $"merged into {AuditLog.EntityKey(survivorId)}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        await cache.EvictAsync(cancellationToken);
        return MergeResult.Merged;
    }

    private static void Apply(Organisation organisation, OrganisationData data)
    {
        organisation.Name = data.Name.Trim();
        organisation.Acronym = string.IsNullOrWhiteSpace(data.Acronym) ? null : data.Acronym.Trim();
        organisation.ActorType = data.ActorType;
        organisation.CountryCode = data.CountryCode;
        organisation.IsDialogueMechanismMember = data.IsDialogueMechanismMember;
        organisation.Website = string.IsNullOrWhiteSpace(data.Website) ? null : data.Website.Trim();
    }
}
