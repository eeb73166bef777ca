using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(r => r.Text).HasMaxLength(FieldLimits.LongText);
        builder.Property(r => r.Language).HasMaxLength(5);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Session>().WithMany(s => s.RecommendationsAdopted).HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Endorsements).WithOne().HasForeignKey(e => e.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.FollowUpNotes).WithOne().HasForeignKey(e => e.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.JointSinceUtc);
        builder.Property(r => r.CurrentVersion).HasDefaultValue(1);
        builder.HasMany(r => r.Amendments).WithOne().HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RecommendationAmendmentConfiguration : IEntityTypeConfiguration<RecommendationAmendment>
{
    public void Configure(EntityTypeBuilder<RecommendationAmendment> builder)
    {
        builder.Property(a => a.ProposedById).HasMaxLength(450);
        builder.Property(a => a.DecidedById).HasMaxLength(450);
        builder.Property(a => a.ProposedText).HasMaxLength(FieldLimits.LongText);
        builder.Property(a => a.Explanation).HasMaxLength(FieldLimits.MediumText);
        builder.Property(a => a.DecisionReason).HasMaxLength(FieldLimits.MediumText);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.RecommendationId, a.State });
    }
}

public sealed class RecommendationVersionConfiguration : IEntityTypeConfiguration<RecommendationVersion>
{
    public void Configure(EntityTypeBuilder<RecommendationVersion> builder)
    {
        builder.Property(v => v.Text).HasMaxLength(FieldLimits.LongText);
        builder.Property(v => v.AuthorId).HasMaxLength(450);
        builder.HasIndex(v => new { v.RecommendationId, v.Number }).IsUnique();
        // The history outlives nothing it points to: an amendment is deleted only with its recommendation.
        builder.HasOne(v => v.Amendment).WithMany().HasForeignKey(v => v.AmendmentId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class RecommendationEvidenceConfiguration : IEntityTypeConfiguration<RecommendationEvidence>
{
    public void Configure(EntityTypeBuilder<RecommendationEvidence> builder)
    {
        builder.HasKey(e => new { e.RecommendationId, e.PracticeId });
        builder.HasOne(e => e.Practice).WithMany().HasForeignKey(e => e.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RecommendationEndorsementConfiguration : IEntityTypeConfiguration<RecommendationEndorsement>
{
    public void Configure(EntityTypeBuilder<RecommendationEndorsement> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Comment).HasMaxLength(FieldLimits.MediumText);
        // Once per group, enforced by the database too.
        builder.HasIndex(e => new { e.RecommendationId, e.Group }).IsUnique();
        builder.Property(e => e.Version).HasDefaultValue(1);
    }
}

public sealed class RecommendationNoteConfiguration : IEntityTypeConfiguration<RecommendationNote>
{
    public void Configure(EntityTypeBuilder<RecommendationNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(FieldLimits.MediumText);
        builder.Property(n => n.AuthorId).HasMaxLength(450);
    }
}

public sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(c => c.Description).HasMaxLength(FieldLimits.MediumText);
        builder.Property(c => c.WithWhom).HasMaxLength(FieldLimits.Summary);
        builder.Property(c => c.TargetCountryCode).HasMaxLength(2);
        builder.Property(c => c.TargetLocality).HasMaxLength(FieldLimits.Name);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.ReplicatedPracticeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.TargetCountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Session>().WithMany(s => s.CommitmentsMade).HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Organisations).WithOne().HasForeignKey(o => o.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.LinkedPractices).WithOne().HasForeignKey(o => o.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.LinkedRecommendations).WithOne().HasForeignKey(o => o.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ProgressNotes).WithOne().HasForeignKey(o => o.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Status, c.DueDate });
        builder.HasIndex(c => c.ReplicatedPracticeId);
        builder.Property(c => c.StageReason).HasMaxLength(FieldLimits.MediumText);
        builder.Property(c => c.Weight).HasDefaultValue(1);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(c => c.ParentCommitmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CommitmentOrganisationConfiguration : IEntityTypeConfiguration<CommitmentOrganisation>
{
    public void Configure(EntityTypeBuilder<CommitmentOrganisation> builder)
    {
        builder.HasKey(x => new { x.CommitmentId, x.OrganisationId });
        builder.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CommitmentPracticeConfiguration : IEntityTypeConfiguration<CommitmentPractice>
{
    public void Configure(EntityTypeBuilder<CommitmentPractice> builder)
    {
        builder.HasKey(x => new { x.CommitmentId, x.PracticeId });
        builder.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CommitmentRecommendationConfiguration : IEntityTypeConfiguration<CommitmentRecommendation>
{
    public void Configure(EntityTypeBuilder<CommitmentRecommendation> builder)
    {
        builder.HasKey(x => new { x.CommitmentId, x.RecommendationId });
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CommitmentProgressNoteConfiguration : IEntityTypeConfiguration<CommitmentProgressNote>
{
    public void Configure(EntityTypeBuilder<CommitmentProgressNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(FieldLimits.MediumText);
        builder.Property(n => n.AuthorId).HasMaxLength(450);
    }
}

public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(s => s.Agenda).HasMaxLength(FieldLimits.LongText);
        builder.Property(s => s.Location).HasMaxLength(FieldLimits.Name);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasMany(s => s.OrganisationsPresent).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.PracticesPresented).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SessionOrganisationConfiguration : IEntityTypeConfiguration<SessionOrganisation>
{
    public void Configure(EntityTypeBuilder<SessionOrganisation> builder)
    {
        builder.HasKey(x => new { x.SessionId, x.OrganisationId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SessionPracticeConfiguration : IEntityTypeConfiguration<SessionPractice>
{
    public void Configure(EntityTypeBuilder<SessionPractice> builder)
    {
        builder.HasKey(x => new { x.SessionId, x.PracticeId });
        builder.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
