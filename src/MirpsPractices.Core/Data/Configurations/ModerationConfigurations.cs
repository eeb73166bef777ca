using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class PracticeVersionConfiguration : IEntityTypeConfiguration<PracticeVersion>
{
    public void Configure(EntityTypeBuilder<PracticeVersion> builder)
    {
        builder.Property(v => v.SubmittedById).HasMaxLength(450);
        builder.HasOne<Practice>().WithMany().HasForeignKey(v => v.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.PracticeId, v.Number }).IsUnique();
    }
}

public sealed class PracticeReviewCommentConfiguration : IEntityTypeConfiguration<PracticeReviewComment>
{
    public void Configure(EntityTypeBuilder<PracticeReviewComment> builder)
    {
        builder.Property(c => c.FieldName).HasMaxLength(60);
        builder.Property(c => c.Text).HasMaxLength(FieldLimits.MediumText);
        builder.Property(c => c.Answer).HasMaxLength(FieldLimits.MediumText);
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PracticeId, c.VersionNumber });
    }
}

public sealed class PracticeSafeguardingCheckConfiguration : IEntityTypeConfiguration<PracticeSafeguardingCheck>
{
    public void Configure(EntityTypeBuilder<PracticeSafeguardingCheck> builder)
    {
        builder.HasKey(c => c.PracticeId);
        builder.Property(c => c.Note).HasMaxLength(FieldLimits.MediumText);
        builder.Property(c => c.CheckedById).HasMaxLength(450);
        builder.HasOne<Practice>().WithOne().HasForeignKey<PracticeSafeguardingCheck>(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PracticeAttachmentConfiguration : IEntityTypeConfiguration<PracticeAttachment>
{
    public void Configure(EntityTypeBuilder<PracticeAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StorageKey).HasMaxLength(100);
        builder.Property(a => a.UploadedById).HasMaxLength(450);
        builder.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.PracticeId);
    }
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(100);
    }
}

public sealed class CallForPracticesConfiguration : IEntityTypeConfiguration<CallForPractices>
{
    public void Configure(EntityTypeBuilder<CallForPractices> builder)
    {
        builder.ToTable("CallsForPractices");
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(c => c.Theme).HasMaxLength(FieldLimits.Title);
        builder.Property(c => c.Description).HasMaxLength(FieldLimits.MediumText);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.HasOne<Session>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.SetNull);
    }
}
