using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Network;

/// <summary>The app's migrated schema in an in-memory SQLite database, with one user ("author"), for services tested on their own.</summary>
public sealed class InMemoryDatabase : IDisposable
{
    public const string AuthorId = "author";
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public InMemoryDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
        db.Users.Add(new ApplicationUser { Id = AuthorId, UserName = "author@example.org", DisplayName = "Author" });
        db.SaveChanges();
    }

    public SqliteAppDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connection).AddInterceptors(interceptors).Options);

    public void Dispose() => _connection.Dispose();
}
