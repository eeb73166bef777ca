using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data;

/// <summary>
/// The unit of work of the portal, shared by both providers. Each provider has a sealed subclass that owns its migrations.
/// Add a migration to both sets after a model change:
///   dotnet ef migrations add &lt;Name&gt; -p src/MirpsPractices.Core -s src/MirpsPractices.Web --context SqliteAppDbContext -o Data/Migrations/Sqlite
///   dotnet ef migrations add &lt;Name&gt; -p src/MirpsPractices.Core -s src/MirpsPractices.Web --context SqlServerAppDbContext -o Data/Migrations/SqlServer
/// (or scripts/add-migration.sh &lt;Name&gt;).
/// </summary>
public abstract class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    protected AppDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeCountry> PracticeCountries => Set<PracticeCountry>();
    public DbSet<PracticeSubnationalArea> PracticeSubnationalAreas => Set<PracticeSubnationalArea>();
    public DbSet<PracticeStrategyArea> PracticeStrategyAreas => Set<PracticeStrategyArea>();
    public DbSet<PracticePopulation> PracticePopulations => Set<PracticePopulation>();
    public DbSet<PracticeOrganisation> PracticeOrganisations => Set<PracticeOrganisation>();
    public DbSet<PracticeMechanism> PracticeMechanisms => Set<PracticeMechanism>();
    public DbSet<PracticeBuildingBlock> PracticeBuildingBlocks => Set<PracticeBuildingBlock>();
    public DbSet<PracticeStateChange> PracticeStateChanges => Set<PracticeStateChange>();
    public DbSet<PracticeVersion> PracticeVersions => Set<PracticeVersion>();
    public DbSet<PracticeReviewComment> PracticeReviewComments => Set<PracticeReviewComment>();
    public DbSet<PracticeSafeguardingCheck> PracticeSafeguardingChecks => Set<PracticeSafeguardingCheck>();
    public DbSet<PracticeAttachment> PracticeAttachments => Set<PracticeAttachment>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<CallForPractices> CallsForPractices => Set<CallForPractices>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationEndorsement> RecommendationEndorsements => Set<RecommendationEndorsement>();
    public DbSet<RecommendationAmendment> RecommendationAmendments => Set<RecommendationAmendment>();
    public DbSet<RecommendationVersion> RecommendationVersions => Set<RecommendationVersion>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentReminder> CommitmentReminders => Set<CommitmentReminder>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<ReportJob> ReportJobs => Set<ReportJob>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportRowFailure> ImportRowFailures => Set<ImportRowFailure>();
    public DbSet<ImportColumnMapping> ImportColumnMappings => Set<ImportColumnMapping>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<RecordTranslation> RecordTranslations => Set<RecordTranslation>();
    public DbSet<ReplicationPathway> ReplicationPathways => Set<ReplicationPathway>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Reference values are stored as the stable codes of domain.md, never as numbers.
        configurationBuilder.Properties<ActorType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<StrategyArea>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Population>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<CoordinationMechanism>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ParticipationRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ImplementationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PracticeState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LifecycleAction>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<GoodPracticeCriterion>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<RecommendationLevel>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RecommendationImplementationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CommitmentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CommitmentKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ParticipantGroup>().HaveConversion<string>().HaveMaxLength(30);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyStamps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyStamps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // SQLite has no rowversion: the token is managed by the application, renewed on every update.
    private void RenewConcurrencyStamps()
    {
        foreach (var entry in ChangeTracker.Entries<IHasConcurrencyStamp>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
