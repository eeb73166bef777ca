using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Web.Reliability;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Migrates the embedded SQLite database at start-up (and SQL Server only when Database:MigrateOnStartup says so).</summary>
public static class DatabaseInitializer
{
    /// <summary>
    /// Returns false when the database cannot be opened or migrated. The app then keeps running in a degraded state
    /// (/health answers 503, every page a localized 503) instead of exiting: a crash loop under a process manager tells
    /// nobody why, a critical log line and a failing health probe do.
    /// </summary>
    public static async Task<bool> MigrateAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken = default)
    {
        var provider = configuration.GetDatabaseProvider();
        var availability = services.GetRequiredService<DatabaseAvailability>();
        var migrateOnStartup = configuration.GetValue("Database:MigrateOnStartup", provider == DatabaseProvider.Sqlite);
        if (!migrateOnStartup)
        {
            logger.LogInformation("Start-up migration is off for {Provider}; run the migrate command or the idempotent script", provider);
            return true;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (provider == DatabaseProvider.Sqlite)
            {
                // WAL is a property of the database file: readers never block the writer and a crash never corrupts it.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
                // Held while the app runs, so that `restore` refuses to replace the file under a running portal.
                services.GetRequiredService<SqliteInstanceLock>().Acquire(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database {Provider} migrated ({Count} migrations applied)", provider, pending.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            availability.MarkUnavailable($"{ex.GetType().Name}: {ex.Message}");
            logger.LogCritical(ex,
                "The {Provider} database could not be opened or migrated at start-up ({Reason}). The portal answers 503 and /health is Unhealthy until it is restarted with a working database; check the connection string, the file's folder and its permissions",
                provider, availability.Reason);
            return false;
        }
    }
}
