using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class ReplicationPathwayConfiguration : IEntityTypeConfiguration<ReplicationPathway>
{
    public void Configure(EntityTypeBuilder<ReplicationPathway> builder)
    {
        builder.ToTable("ReplicationPathways");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.TargetCountryCode).HasMaxLength(2);
        builder.Property(p => p.TargetLocality).HasMaxLength(FieldLimits.Name);
        builder.Property(p => p.Note).HasMaxLength(FieldLimits.MediumText);
        builder.Property(p => p.ProposedById).HasMaxLength(450);
        builder.Property(p => p.ReviewedById).HasMaxLength(450);
        // One cascade path only (SQL Server refuses two from Practices): deleting the practice that took a model up deletes
        // its pathways; a model with pathways (always published) cannot be deleted before them.
        builder.HasOne(p => p.FromPractice).WithMany().HasForeignKey(p => p.FromPracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ToPractice).WithMany().HasForeignKey(p => p.ToPracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(p => p.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(p => p.TargetCountryCode).OnDelete(DeleteBehavior.Restrict);
        // A fulfilled commitment records at most one pathway.
        builder.HasIndex(p => p.CommitmentId).IsUnique();
        builder.HasIndex(p => new { p.FromPracticeId, p.State });
        builder.HasIndex(p => new { p.ToPracticeId, p.State });
        builder.HasIndex(p => p.State);
    }
}
