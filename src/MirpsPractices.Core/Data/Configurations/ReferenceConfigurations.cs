using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data.Configurations;

public sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.HasData(Country.MirpsCodes.Select((code, i) => new Country { Code = code, SortOrder = i }));
    }
}

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(o => o.Acronym).HasMaxLength(FieldLimits.Acronym);
        builder.Property(o => o.CountryCode).HasMaxLength(2);
        builder.Property(o => o.Website).HasMaxLength(FieldLimits.Url);
        builder.Property(o => o.ProposedByUserId).HasMaxLength(450);
        builder.HasOne<Country>().WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => new { o.ActorType, o.CountryCode });
    }
}

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLimits.Name);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(5).HasDefaultValue(RecordLanguages.Spanish);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.Property(a => a.EventType).HasMaxLength(60);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(60);
        builder.Property(a => a.Details).HasMaxLength(FieldLimits.MediumText);
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.EventType, a.AtUtc });
    }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.ResultLocation).HasMaxLength(FieldLimits.Url);
        builder.HasIndex(r => r.CreatedAtUtc);
    }
}
