using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MirpsPractices.Core.Data;
using MirpsPractices.Web.Reliability;

namespace MirpsPractices.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Selects the database from configuration: SQLite (embedded default) or SQL Server / Azure SQL.</summary>
public static class DatabaseRegistration
{
    public static DatabaseProvider GetDatabaseProvider(this IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = configuration.GetDatabaseProvider();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<SqliteInstanceLock>();
        // The options depend on configuration only: built once (optionsLifetime Singleton), not for every request scope.
        // Building the options was a third of the time of a cached home page.
        if (provider == DatabaseProvider.SqlServer)
        {
            var connectionString = configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>(options => options
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            var connectionString = SqliteConnectionString(configuration, environment);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(options => options
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmaInterceptor())
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        return services;
    }

    /// <summary>The SQLite file lives in the app's data folder unless ConnectionStrings:Sqlite says otherwise.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "mirps.db")}"
            : configured);
        // Microsoft.Data.Sqlite retries a busy database up to the command timeout; keep writers waiting, never failing.
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }
        builder.Pooling = true;
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
        return builder.ToString();
    }
}

/// <summary>
/// Sets per-connection pragmas: a busy timeout so concurrent writers wait, and WAL-friendly durability. They belong to the
/// native connection, which the pool keeps open across EF's open/close of every query: they are set once per native handle,
/// not on every open (a practice page opened the connection a dozen times, each running three more statements).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    // Weak keys: a handle the pool closes leaves the table with it.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();
    private static readonly object Marker = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, Marker);
        }
    }
}
