using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>
/// A cheap picture of the database: per table its row count, its latest UpdatedAtUtc and a hash of its concurrency stamps
/// (which change on every save). Equal fingerprints mean no row was added, removed or saved.
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>Tables that change as a side effect of any request (keys, audit trail of refused attempts, sign-in counters).</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "DataProtectionKeys", "AuditLog", "__EFMigrationsHistory", "sqlite_sequence",
    };

    /// <summary>Per database file: the number of objects in its schema and the one query that fingerprints all its tables.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long SchemaObjects, string Sql)> Queries = new(StringComparer.Ordinal);

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string databasePath)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();

        // The sweep takes two fingerprints per request: the per-table query is built once per schema, and runs as one statement.
        long schemaObjects;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FROM sqlite_master";
            schemaObjects = (long)(await count.ExecuteScalarAsync())!;
        }
        if (!Queries.TryGetValue(databasePath, out var cached) || cached.SchemaObjects != schemaObjects)
        {
            cached = (schemaObjects, await BuildQueryAsync(connection));
            Queries[databasePath] = cached;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = cached.Sql;
        await using var row = await command.ExecuteReaderAsync();
        while (await row.ReadAsync())
        {
            var text = row.IsDBNull(1) ? "null" : row.GetString(1);
            result[row.GetString(0)] = text.Length > 80 ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16] : text;
        }
        return result;
    }

    /// <summary>One SELECT per table, joined by UNION ALL: row count, latest UpdatedAtUtc and the concurrency stamps, as text.</summary>
    private static async Task<string> BuildQueryAsync(SqliteConnection connection)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%Fts%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var selects = new List<string>();
        foreach (var table in tables.Where(t => !Ignored.Contains(t)))
        {
            var columns = new HashSet<string>(StringComparer.Ordinal);
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }
            var parts = new List<string> { "count(*)" };
            if (columns.Contains("UpdatedAtUtc"))
            {
                parts.Add("ifnull(max(UpdatedAtUtc), 'null')");
            }
            if (columns.Contains("ConcurrencyStamp") && !table.StartsWith("AspNet", StringComparison.Ordinal))
            {
                parts.Add("ifnull(group_concat(ConcurrencyStamp), 'null')");
            }
            selects.Add($"SELECT '{table}', {string.Join(" || '|' || ", parts)} FROM \"{table}\"");
        }
        return string.Join("\nUNION ALL\n", selects);
    }

    /// <summary>The tables whose fingerprint differs, e.g. "Practices: 12|… → 13|…".</summary>
    public static IReadOnlyList<string> Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t)} → {after.GetValueOrDefault(t)}")
            .ToList();
}
