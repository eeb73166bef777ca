using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class CommitmentReminderConfiguration : IEntityTypeConfiguration<CommitmentReminder>
{
    public void Configure(EntityTypeBuilder<CommitmentReminder> builder)
    {
        builder.Property(r => r.ClaimedBy).HasMaxLength(64);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        // The claim: two instances inserting the same period's reminder cannot both succeed.
        builder.HasIndex(r => new { r.CommitmentId, r.PeriodStart }).IsUnique();
    }
}
