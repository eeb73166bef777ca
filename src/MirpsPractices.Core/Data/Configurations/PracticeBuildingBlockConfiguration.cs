using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class PracticeBuildingBlockConfiguration : IEntityTypeConfiguration<PracticeBuildingBlock>
{
    /// <summary>Enough for every actor type's code with separators.</summary>
    public const int ActorTypeCodesLength = 200;

    public void Configure(EntityTypeBuilder<PracticeBuildingBlock> builder)
    {
        builder.ToTable("PracticeBuildingBlocks");
        builder.HasOne(x => x.Practice).WithMany(p => p.BuildingBlocks).HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(x => x.Description).HasMaxLength(FieldLimits.MediumText);
        builder.Property(x => x.EnablingFactors).HasMaxLength(FieldLimits.MediumText);
        builder.Property(x => x.TransferConditions).HasMaxLength(FieldLimits.MediumText);
        builder.Property(x => x.ActorTypeCodes).HasMaxLength(ActorTypeCodesLength);
        builder.Ignore(x => x.ActorTypes);
        builder.HasIndex(x => new { x.PracticeId, x.Position }).IsUnique();
    }
}
