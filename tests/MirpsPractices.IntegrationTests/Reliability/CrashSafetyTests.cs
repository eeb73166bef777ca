using Microsoft.Data.Sqlite;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>
/// The portal as its own process, killed with SIGKILL in the middle of a write load: after a restart the database opens
/// cleanly, passes PRAGMA integrity_check, and holds every write that had been acknowledged. (The longer run is bench/Reliability.)
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_sigkill_mid_load_loses_no_acknowledged_write_and_leaves_a_sound_database()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), "mirps-tests", $"crash-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        WriteLoad load;
        await using (var portal = await PortalProcess.StartAsync(databasePath, TimeSpan.FromSeconds(60)))
        {
            var organisation = await FirstOrganisationAsync(databasePath);
            var clients = new List<(HttpClient, string)>();
            foreach (var role in Roles.ParticipantGroups)
            {
                clients.Add(await WriteLoad.ParticipantAsync(portal.CreateClient(), role));
            }
            load = new WriteLoad("Choque", organisation);
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(clients, workers: 8, stop.Token, tolerateConnectionErrors: true);
            await WaitUntilAsync(() => load.Acknowledged.Count >= 30, TimeSpan.FromSeconds(20));
            // In the suite, killed as soon as the load is going; in the bench, after the configured duration.
            await Task.Delay(ReliabilityRun.IsBench ? ReliabilityRun.Duration(0) : TimeSpan.FromMilliseconds(300));
            await portal.KillAsync();
            await stop.CancelAsync();
            await running;
        }
        var acknowledged = load.Acknowledged.ToList();
        output.WriteLine($"{acknowledged.Count} writes acknowledged before SIGKILL ({load.Attempts} attempted); per client: " +
            string.Join(", ", acknowledged.GroupBy(a => a.ClientIndex).OrderBy(g => g.Key).Select(g => $"{Roles.ParticipantGroups[g.Key]} {g.Count()}")));

        await using (var restarted = await PortalProcess.StartAsync(databasePath, TimeSpan.FromSeconds(60)))
        {
            using var client = restarted.CreateClient();
            Assert.Equal("Healthy", await client.GetStringAsync("/health"));
            Assert.Equal("ok", await ScalarAsync(databasePath, "PRAGMA integrity_check"));
            var stored = await TitlesAsync(databasePath, "Choque%");
            var missing = acknowledged.Where(a => stored.GetValueOrDefault(a.PracticeId) != a.Title).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} acknowledged writes are missing: {string.Join(", ", missing.Take(10))}");
            // The app itself reads them back too, to their owner. (Any acknowledged write will do: under SQLite's unfair
            // busy handler one worker can wait out the whole short load, so no particular worker is sure to have one.)
            var mine = acknowledged.OrderBy(a => a.AcknowledgedAtUtc).First();
            using var participant = restarted.CreateClient();
            await participant.SignInAsRoleAsync(Roles.ParticipantGroups[mine.ClientIndex]);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(mine.Title), await participant.GetStringAsync($"/my/practices/{mine.PracticeId}"));
            ReliabilityRun.Report("SIGKILL mid-load, restart", $"8 writers; {acknowledged.Count} acknowledged before the kill, {load.Attempts - acknowledged.Count} in flight; restart healthy, integrity_check ok, {acknowledged.Count - missing.Count}/{acknowledged.Count} present");
        }
        SqliteConnection.ClearAllPools();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The write load did not get going");
            await Task.Delay(20);
        }
    }

    private static async Task<int> FirstOrganisationAsync(string databasePath) =>
        Convert.ToInt32(await ScalarAsync(databasePath, "SELECT min(Id) FROM Organisations WHERE IsApproved = 1"), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<object?> ScalarAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public static async Task<Dictionary<int, string>> TitlesAsync(string databasePath, string like)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Title FROM Practices WHERE Title LIKE $like";
        command.Parameters.AddWithValue("$like", like);
        var titles = new Dictionary<int, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            titles[reader.GetInt32(0)] = reader.GetString(1);
        }
        return titles;
    }
}
