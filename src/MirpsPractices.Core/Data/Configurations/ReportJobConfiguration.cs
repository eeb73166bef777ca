using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class ReportJobConfiguration : IEntityTypeConfiguration<ReportJob>
{
    public void Configure(EntityTypeBuilder<ReportJob> builder)
    {
        builder.Property(j => j.RequestedById).HasMaxLength(450);
        builder.Property(j => j.ScopeJson).HasMaxLength(FieldLimits.MediumText);
        builder.Property(j => j.Culture).HasMaxLength(5);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.FileName).HasMaxLength(FieldLimits.Name);
        builder.Property(j => j.Error).HasMaxLength(FieldLimits.MediumText);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(j => j.RequestedById).OnDelete(DeleteBehavior.Cascade);
        // Workers pick queued jobs oldest first; users list their own newest first.
        builder.HasIndex(j => new { j.Status, j.CreatedAtUtc });
        builder.HasIndex(j => new { j.RequestedById, j.CreatedAtUtc });
    }
}
