using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Migrates the embedded SQLite database at start-up (and SQL Server only when Database:MigrateOnStartup says so).</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken = default)
    {
        var provider = configuration.GetDatabaseProvider();
        var migrateOnStartup = configuration.GetValue("Database:MigrateOnStartup", provider == DatabaseProvider.Sqlite);
        if (!migrateOnStartup)
        {
            logger.LogInformation("Start-up migration is off for {Provider}; run the migrate command or the idempotent script", provider);
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL is a property of the database file: readers never block the writer and a crash never corrupts it.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database {Provider} migrated ({Count} migrations applied)", provider, pending.Count);
    }
}
