using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(p => p.Title).HasMaxLength(FieldLimits.Title).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(FieldLimits.Summary);
        builder.Property(p => p.Context).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.Description).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.Locality).HasMaxLength(FieldLimits.Name);
        builder.Property(p => p.Results).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.AgeGenderDiversityApproach).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.Challenges).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.LessonsLearned).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.ReplicationConditions).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.SustainabilityAndFunding).HasMaxLength(FieldLimits.LongText);
        builder.Property(p => p.Language).HasMaxLength(5);
        builder.Property(p => p.State);
        builder.Property(p => p.SubmitterId).HasMaxLength(450);
        builder.Property(p => p.AssignedModeratorId).HasMaxLength(450);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.OwnsOne(p => p.Indicators, i =>
        {
            i.Property(x => x.PeopleReached).HasColumnName("PeopleReached");
            i.Property(x => x.WomenReached).HasColumnName("WomenReached");
            i.Property(x => x.PeoplePlacedInJobs).HasColumnName("PeoplePlacedInJobs");
            i.Property(x => x.PeopleTrained).HasColumnName("PeopleTrained");
            i.Property(x => x.BusinessesStarted).HasColumnName("BusinessesStarted");
            i.Property(x => x.QualificationsRecognised).HasColumnName("QualificationsRecognised");
        });
        builder.Navigation(p => p.Indicators).IsRequired();

        builder.HasOne(p => p.Submitter).WithMany().HasForeignKey(p => p.SubmitterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.SubmitterOrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CallForPractices>().WithMany().HasForeignKey(p => p.CallForPracticesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.RevisionOfId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Countries).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SubnationalAreas).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.StrategyAreas).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Populations).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Organisations).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Mechanisms).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.OtherIndicators).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.EvidenceLinks).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Criteria).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.StateChanges).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);

        // The public catalogue reads published practices newest first; the queue reads by state and waiting time.
        builder.HasIndex(p => new { p.State, p.PublishedAtUtc });
        builder.HasIndex(p => new { p.State, p.SubmittedAtUtc });
        builder.HasIndex(p => p.SubmitterId);
        builder.HasIndex(p => p.RevisionOfId);
        builder.HasIndex(p => p.Title);
    }
}

public sealed class PracticeCountryConfiguration : IEntityTypeConfiguration<PracticeCountry>
{
    public void Configure(EntityTypeBuilder<PracticeCountry> builder)
    {
        builder.HasKey(x => new { x.PracticeId, x.CountryCode });
        builder.Property(x => x.CountryCode).HasMaxLength(2);
        builder.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.CountryCode, x.PracticeId });
    }
}

public sealed class PracticeSubnationalAreaConfiguration : IEntityTypeConfiguration<PracticeSubnationalArea>
{
    public void Configure(EntityTypeBuilder<PracticeSubnationalArea> builder)
    {
        builder.HasKey(x => new { x.PracticeId, x.Code });
        // ISO 3166-2 codes are at most "XX-" plus three characters.
        builder.Property(x => x.Code).HasMaxLength(6);
        builder.HasIndex(x => new { x.Code, x.PracticeId });
    }
}

public sealed class PracticeStrategyAreaConfiguration : IEntityTypeConfiguration<PracticeStrategyArea>
{
    public void Configure(EntityTypeBuilder<PracticeStrategyArea> builder)
    {
        builder.HasKey(x => new { x.PracticeId, x.Area });
        builder.HasIndex(x => new { x.Area, x.PracticeId });
    }
}

public sealed class PracticePopulationConfiguration : IEntityTypeConfiguration<PracticePopulation>
{
    public void Configure(EntityTypeBuilder<PracticePopulation> builder)
    {
        builder.HasKey(x => new { x.PracticeId, x.Population });
        builder.HasIndex(x => new { x.Population, x.PracticeId });
    }
}

public sealed class PracticeOrganisationConfiguration : IEntityTypeConfiguration<PracticeOrganisation>
{
    public void Configure(EntityTypeBuilder<PracticeOrganisation> builder)
    {
        builder.HasKey(x => new { x.PracticeId, x.OrganisationId });
        builder.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.OrganisationId, x.PracticeId });
    }
}

public sealed class PracticeMechanismConfiguration : IEntityTypeConfiguration<PracticeMechanism>
{
    public void Configure(EntityTypeBuilder<PracticeMechanism> builder)
    {
        builder.Property(x => x.Description).HasMaxLength(FieldLimits.MediumText);
        builder.HasIndex(x => new { x.Mechanism, x.PracticeId });
    }
}

public sealed class PracticeIndicatorConfiguration : IEntityTypeConfiguration<PracticeIndicator>
{
    public void Configure(EntityTypeBuilder<PracticeIndicator> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(x => x.Unit).HasMaxLength(FieldLimits.Unit);
        builder.Property(x => x.Value).HasPrecision(18, 2);
    }
}

public sealed class PracticeEvidenceLinkConfiguration : IEntityTypeConfiguration<PracticeEvidenceLink>
{
    public void Configure(EntityTypeBuilder<PracticeEvidenceLink> builder)
    {
        builder.Property(x => x.Title).HasMaxLength(FieldLimits.Name);
        builder.Property(x => x.Url).HasMaxLength(FieldLimits.Url);
    }
}

public sealed class PracticeCriterionAssessmentConfiguration : IEntityTypeConfiguration<PracticeCriterionAssessment>
{
    public void Configure(EntityTypeBuilder<PracticeCriterionAssessment> builder)
    {
        builder.HasKey(x => new { x.PracticeId, x.Criterion });
        builder.Property(x => x.Note).HasMaxLength(FieldLimits.MediumText);
    }
}

public sealed class PracticeStateChangeConfiguration : IEntityTypeConfiguration<PracticeStateChange>
{
    public void Configure(EntityTypeBuilder<PracticeStateChange> builder)
    {
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.Comment).HasMaxLength(FieldLimits.MediumText);
        builder.HasIndex(x => new { x.PracticeId, x.AtUtc });
    }
}
