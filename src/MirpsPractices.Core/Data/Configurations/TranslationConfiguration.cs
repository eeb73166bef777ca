using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class RecordTranslationConfiguration : IEntityTypeConfiguration<RecordTranslation>
{
    public void Configure(EntityTypeBuilder<RecordTranslation> builder)
    {
        builder.ToTable("RecordTranslations");
        builder.Property(t => t.RecordType).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Language).HasMaxLength(5);
        builder.Property(t => t.TranslatorId).HasMaxLength(450);
        builder.Property(t => t.ReviewedById).HasMaxLength(450);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        // At most one translation per record (into the language it was not written in).
        builder.HasIndex(t => new { t.RecordType, t.RecordId }).IsUnique();
        builder.HasIndex(t => t.State);
    }
}
