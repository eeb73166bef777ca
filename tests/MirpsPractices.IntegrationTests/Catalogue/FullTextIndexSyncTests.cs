using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>
/// After every migration has run (a later one rebuilding Practices would silently drop the FTS triggers), inserts, updates,
/// deletes and organisation changes are reflected by the full-text index.
/// </summary>
public sealed class FullTextIndexSyncTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private SqliteAppDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connection).Options);
        await _db.Database.MigrateAsync();
        _db.Users.Add(new ApplicationUser { Id = "u", UserName = "u", DisplayName = "U" });
        await _db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task<List<int>> FindAsync(string words)
    {
        var search = new CatalogueSearch(_db, TestCatalogue.Indexes());
        return await search.Hits(FullTextQuery.Parse(words)).Select(h => h.PracticeId).ToListAsync();
    }

    [Fact]
    public async Task Index_follows_inserts_updates_and_deletes_of_practices()
    {
        var practice = new Practice { Title = "Orientación vocacional", Summary = "Resumen", SubmitterId = "u", Slug = "o" };
        _db.Practices.Add(practice);
        await _db.SaveChangesAsync();
        Assert.Equal([practice.Id], await FindAsync("orientacion"));

        var tracked = await _db.Practices.AsTracking().SingleAsync(p => p.Id == practice.Id);
        tracked.Title = "Intermediación laboral";
        tracked.LessonsLearned = "Paciencia institucional";
        await _db.SaveChangesAsync();
        Assert.Empty(await FindAsync("orientacion"));
        Assert.Equal([practice.Id], await FindAsync("intermediacion"));
        Assert.Equal([practice.Id], await FindAsync("paciencia"));

        _db.Practices.Remove(tracked);
        await _db.SaveChangesAsync();
        Assert.Empty(await FindAsync("intermediacion"));
    }

    [Fact]
    public async Task Index_follows_participating_organisations_and_their_renames()
    {
        var organisation = new Organisation { Name = "Cooperativa Jacarandá", CountryCode = "GT", ActorType = ActorType.CivilSociety };
        var practice = new Practice { Title = "Ferias de empleo", SubmitterId = "u", Slug = "f" };
        practice.Organisations.Add(new PracticeOrganisation { Organisation = organisation, Role = ParticipationRole.Lead });
        _db.Practices.Add(practice);
        await _db.SaveChangesAsync();
        Assert.Equal([practice.Id], await FindAsync("jacaranda"));

        var tracked = await _db.Organisations.AsTracking().SingleAsync(o => o.Id == organisation.Id);
        tracked.Name = "Cooperativa Ceiba";
        tracked.Acronym = "COCE";
        await _db.SaveChangesAsync();
        Assert.Empty(await FindAsync("jacaranda"));
        Assert.Equal([practice.Id], await FindAsync("ceiba"));
        Assert.Equal([practice.Id], await FindAsync("coce"));

        await _db.PracticeOrganisations.Where(po => po.PracticeId == practice.Id).ExecuteDeleteAsync();
        Assert.Empty(await FindAsync("ceiba"));
    }

    [Fact]
    public async Task The_index_and_its_triggers_exist_after_all_migrations()
    {
        var triggers = await _db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' ORDER BY name").ToListAsync();
        Assert.Contains(FullTextSchema.Sqlite.PracticesInsertTrigger, triggers);
        Assert.Contains(FullTextSchema.Sqlite.PracticesUpdateTrigger, triggers);
        Assert.Contains(FullTextSchema.Sqlite.PracticesDeleteTrigger, triggers);
        Assert.Contains(FullTextSchema.OrganisationsTrigger, triggers);
        Assert.Contains(FullTextSchema.PracticeOrganisationsTrigger + "_Insert", triggers);
        Assert.Contains(FullTextSchema.PracticeOrganisationsTrigger + "_Delete", triggers);
    }
}
