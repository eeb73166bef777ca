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

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string databasePath)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
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
                parts.Add("max(UpdatedAtUtc)");
            }
            if (columns.Contains("ConcurrencyStamp") && !table.StartsWith("AspNet", StringComparison.Ordinal))
            {
                parts.Add("group_concat(ConcurrencyStamp)");
            }
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", parts)} FROM \"{table}\"";
            await using var row = await command.ExecuteReaderAsync();
            await row.ReadAsync();
            var values = Enumerable.Range(0, row.FieldCount).Select(i => row.IsDBNull(i) ? "null" : Convert.ToString(row.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
            var text = string.Join("|", values);
            result[table] = text.Length > 80 ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16] : text;
        }
        return result;
    }

    /// <summary>The tables whose fingerprint differs, e.g. "Practices: 12|… → 13|…".</summary>
    public static IReadOnlyList<string> Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t)} → {after.GetValueOrDefault(t)}")
            .ToList();
}
