using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Core.Data.Configurations;

/// <summary>
/// What the public catalogue's full-text index needs from the schema (docs/catalogue.md): a denormalised column with the
/// names of the participating organisations, kept by database triggers, and the triggers declared to EF Core so that
/// SaveChanges does not use OUTPUT/RETURNING clauses that triggers forbid on SQL Server.
/// The column is a shadow property: no feature writes it, only the triggers do.
/// </summary>
public sealed class PracticeSearchConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property<string?>(FullTextSchema.OrganisationNamesColumn);
        builder.ToTable(t =>
        {
            t.HasTrigger(FullTextSchema.Sqlite.PracticesInsertTrigger);
            t.HasTrigger(FullTextSchema.Sqlite.PracticesUpdateTrigger);
            t.HasTrigger(FullTextSchema.Sqlite.PracticesDeleteTrigger);
        });
    }
}

public sealed class PracticeOrganisationSearchConfiguration : IEntityTypeConfiguration<PracticeOrganisation>
{
    public void Configure(EntityTypeBuilder<PracticeOrganisation> builder) =>
        builder.ToTable(t => t.HasTrigger(FullTextSchema.PracticeOrganisationsTrigger));
}

public sealed class OrganisationSearchConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder) =>
        builder.ToTable(t => t.HasTrigger(FullTextSchema.OrganisationsTrigger));
}
