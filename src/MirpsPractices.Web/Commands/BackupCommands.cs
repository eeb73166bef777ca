using System.Globalization;
using Microsoft.Data.Sqlite;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Reliability;

namespace MirpsPractices.Web.Commands;

/// <summary>
/// Online backup and offline restore of the embedded SQLite database (see docs/operations.md, "Backups"):
///   backup &lt;file&gt;                 consistent copy of the configured database while the portal keeps serving
///   restore &lt;file&gt; [--to &lt;db&gt;]    verify a backup and make it the configured database (or &lt;db&gt;); the portal must be stopped
/// SQL Server has its own tools (BACKUP DATABASE, Azure SQL point-in-time restore, .bacpac exports).
/// </summary>
public static class BackupCommands
{
    public static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        if (!RequireSqlite(app) || args.Length < 2)
        {
            await Console.Error.WriteLineAsync("Usage: backup <file>   (SQLite only; for SQL Server see docs/operations.md)");
            return 2;
        }
        var source = ConfiguredDatabasePath(app);
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync($"There is no database at {source}.");
            return 1;
        }
        var result = await SqliteBackup.BackupAsync(source, args[1]);
        Console.WriteLine($"Backup of {source} written to {result.Path} ({result.Bytes} bytes, integrity ok, {result.Tables} tables).");
        return 0;
    }

    public static async Task<int> RestoreAsync(WebApplication app, string[] args)
    {
        if (!RequireSqlite(app) || args.Length < 2)
        {
            await Console.Error.WriteLineAsync("Usage: restore <backup file> [--to <database file>]   (SQLite only; stop the portal first)");
            return 2;
        }
        var target = PortalCommands.Option(args, "--to") ?? ConfiguredDatabasePath(app);
        try
        {
            var movedAside = await SqliteBackup.RestoreAsync(args[1], target);
            Console.WriteLine(movedAside is null
                ? $"Restored {args[1]} into {target}."
                : $"Restored {args[1]} into {target}; the previous database was kept as {movedAside}.");
            return 0;
        }
        catch (BackupException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static bool RequireSqlite(WebApplication app) => app.Configuration.GetDatabaseProvider() == DatabaseProvider.Sqlite;

    private static string ConfiguredDatabasePath(WebApplication app) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(DatabaseRegistration.SqliteConnectionString(app.Configuration, app.Environment)).DataSource);
}

public sealed class BackupException(string message) : Exception(message);

public sealed record BackupResult(string Path, long Bytes, int Tables);

/// <summary>The mechanics, callable from tests: SQLite's online backup API and integrity checks.</summary>
public static class SqliteBackup
{
    public static async Task<BackupResult> BackupAsync(string databasePath, string backupPath, CancellationToken ct = default)
    {
        backupPath = Path.GetFullPath(backupPath);
        Directory.CreateDirectory(Path.GetDirectoryName(backupPath)!);
        var partial = backupPath + ".partial";
        DeleteDatabaseFiles(partial);
        await using (var source = Open(databasePath, SqliteOpenMode.ReadOnly))
        await using (var destination = Open(partial, SqliteOpenMode.ReadWriteCreate))
        {
            // One backup step over all pages runs inside one read transaction: with WAL, writers carry on and the copy is the
            // database as of the moment the step began (a consistent snapshot, never a torn file).
            await ExecuteAsync(source, "PRAGMA busy_timeout = 30000;", ct);
            source.BackupDatabase(destination);
            // A backup is one self-contained file: no -wal beside it.
            await ExecuteAsync(destination, "PRAGMA journal_mode = DELETE;", ct);
        }
        var tables = await VerifyAsync(partial, ct);
        File.Move(partial, backupPath, overwrite: true);
        return new BackupResult(backupPath, new FileInfo(backupPath).Length, tables);
    }

    /// <summary>Verifies <paramref name="backupPath"/>, then makes it the database at <paramref name="databasePath"/>; returns where the previous one was moved.</summary>
    public static async Task<string?> RestoreAsync(string backupPath, string databasePath, CancellationToken ct = default)
    {
        backupPath = Path.GetFullPath(backupPath);
        databasePath = Path.GetFullPath(databasePath);
        if (!File.Exists(backupPath))
        {
            throw new BackupException($"There is no backup at {backupPath}.");
        }
        await VerifyAsync(backupPath, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        if (!SqliteInstanceLock.TryAcquireExclusive(databasePath, out var exclusive))
        {
            throw new BackupException($"The portal is running on {databasePath}: stop it before restoring (a backup can be taken while it runs, a restore cannot).");
        }
        using (exclusive)
        {
            string? movedAside = null;
            if (File.Exists(databasePath))
            {
                // Nothing is deleted: the current database (with its WAL, which may hold committed pages) is kept beside it.
                movedAside = $"{databasePath}.before-restore-{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}";
                File.Move(databasePath, movedAside);
                if (File.Exists(databasePath + "-wal"))
                {
                    File.Move(databasePath + "-wal", movedAside + "-wal");
                }
            }
            // A stale shared-memory index must never be paired with the restored file.
            File.Delete(databasePath + "-shm");
            var partial = databasePath + ".restoring";
            File.Copy(backupPath, partial, overwrite: true);
            await VerifyAsync(partial, ct);
            File.Move(partial, databasePath);
            return movedAside;
        }
    }

    /// <summary>PRAGMA integrity_check must say "ok" and the file must be a migrated portal database; returns its table count.</summary>
    public static async Task<int> VerifyAsync(string path, CancellationToken ct = default)
    {
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await check.ExecuteScalarAsync(ct);
            if (result != "ok")
            {
                throw new BackupException($"{path} fails the integrity check: {result}");
            }
            await using var migrations = connection.CreateCommand();
            migrations.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            if (Convert.ToInt64(await migrations.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
            {
                throw new BackupException($"{path} is not a portal database (no migration history).");
            }
            await using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table';";
            return Convert.ToInt32(await tables.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{path} is not a readable SQLite database: {ex.Message}");
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: the file handles must be closed when the connection is, before files are moved.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
