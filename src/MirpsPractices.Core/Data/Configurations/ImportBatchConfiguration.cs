using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.UploadedById).HasMaxLength(450);
        builder.Property(b => b.FileName).HasMaxLength(FieldLimits.Name);
        builder.Property(b => b.Kind).HasMaxLength(10);
        builder.Property(b => b.OwnerId).HasMaxLength(450);
        builder.Property(b => b.MappingJson).HasMaxLength(FieldLimits.MediumText);
        // Six criteria notes and the safeguarding note, each up to MediumText: left unbounded.
        builder.Property(b => b.PublicationAssessmentJson);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(b => b.IsFinished);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.UploadedById).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Failures).WithOne().HasForeignKey(f => f.BatchId).OnDelete(DeleteBehavior.Cascade);
        // The worker picks queued batches oldest first; moderators list their own newest first.
        builder.HasIndex(b => new { b.Status, b.CreatedAtUtc });
        builder.HasIndex(b => new { b.UploadedById, b.CreatedAtUtc });
    }
}

public sealed class ImportRowFailureConfiguration : IEntityTypeConfiguration<ImportRowFailure>
{
    public void Configure(EntityTypeBuilder<ImportRowFailure> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(f => f.Reasons).HasMaxLength(FieldLimits.MediumText);
        builder.HasIndex(f => new { f.BatchId, f.Row });
    }
}

public sealed class ImportColumnMappingConfiguration : IEntityTypeConfiguration<ImportColumnMapping>
{
    public void Configure(EntityTypeBuilder<ImportColumnMapping> builder)
    {
        builder.HasKey(m => new { m.UserId, m.Header });
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.Header).HasMaxLength(200);
        builder.Property(m => m.FieldKey).HasMaxLength(50);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
