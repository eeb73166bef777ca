using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>
/// After every migration has run (a later one rebuilding PracticeBuildingBlocks would silently drop its FTS triggers), the
/// blocks' full-text index follows inserts, updates and deletes, and the catalogue's hits name the block's practice.
/// </summary>
public sealed class BuildingBlockFullTextTests : IAsyncLifetime
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

    private async Task<List<int>> FindAsync(string words) =>
        await new CatalogueSearch(_db, TestCatalogue.Indexes()).Hits(FullTextQuery.Parse(words)).Select(h => h.PracticeId).ToListAsync();

    [Fact]
    public async Task Index_follows_inserts_updates_and_deletes_of_blocks()
    {
        var practice = new Practice { Title = "Práctica", Summary = "Resumen del vivero", SubmitterId = "u", Slug = "p" };
        practice.BuildingBlocks.Add(new PracticeBuildingBlock { Position = 1, Title = "Huerto escolar", Description = "Parcelas cultivadas", ActorTypeCodes = "Academia" });
        _db.Practices.Add(practice);
        await _db.SaveChangesAsync();
        Assert.Equal([practice.Id], await FindAsync("huerto"));
        Assert.Equal([practice.Id], await FindAsync("PARCELAS"));

        var block = await _db.PracticeBuildingBlocks.AsTracking().SingleAsync();
        block.TransferConditions = "Riego por goteo";
        block.Title = "Vivero comunitario";
        await _db.SaveChangesAsync();
        Assert.Empty(await FindAsync("huerto"));
        Assert.Equal([practice.Id], await FindAsync("goteo"));
        // A word in the practice and in its block is one hit for the practice.
        Assert.Equal([practice.Id], await FindAsync("vivero"));

        _db.PracticeBuildingBlocks.Remove(block);
        await _db.SaveChangesAsync();
        Assert.Empty(await FindAsync("goteo"));
    }

    [Fact]
    public async Task The_index_and_its_triggers_exist_after_all_migrations()
    {
        var names = await _db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type IN ('trigger', 'table') ORDER BY name").ToListAsync();
        Assert.Contains(BuildingBlockFullText.Sqlite.Table, names);
        Assert.Contains(BuildingBlockFullText.Sqlite.InsertTrigger, names);
        Assert.Contains(BuildingBlockFullText.Sqlite.UpdateTrigger, names);
        Assert.Contains(BuildingBlockFullText.Sqlite.DeleteTrigger, names);
    }
}
