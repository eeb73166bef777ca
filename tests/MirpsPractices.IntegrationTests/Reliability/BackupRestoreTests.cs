using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Commands;
using Xunit.Abstractions;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>An online backup taken while practices are being written holds every write acknowledged before it began; it restores into a new file.</summary>
public sealed class BackupRestoreTests(ReliabilityFactory factory, ITestOutputHelper output) : IClassFixture<ReliabilityFactory>
{
    [Fact]
    public async Task A_backup_under_write_load_restores_into_a_new_file_with_every_acknowledged_record()
    {
        var organisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var clients = new List<(HttpClient, string)>();
        foreach (var role in Roles.ParticipantGroups)
        {
            clients.Add(await WriteLoad.ParticipantAsync(factory.CreateDefaultClient(new CookieContainerHandler()), role));
        }
        var load = new WriteLoad("Respaldo", organisation);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(clients, workers: 8, stop.Token);
        while (load.Acknowledged.Count < 20)
        {
            await Task.Delay(20);
        }

        if (ReliabilityRun.IsBench)
        {
            await Task.Delay(ReliabilityRun.Duration(0) / 2);
        }
        var directory = Path.Combine(Path.GetTempPath(), "mirps-tests", $"backup-{Guid.NewGuid():N}");
        var startedAt = DateTime.UtcNow;
        var acknowledgedBefore = load.Acknowledged.Where(a => a.AcknowledgedAtUtc < startedAt).ToList();
        var backupWatch = System.Diagnostics.Stopwatch.StartNew();
        var backup = await SqliteBackup.BackupAsync(factory.DatabasePath, Path.Combine(directory, "mirps-backup.db"));
        backupWatch.Stop();
        var acknowledgedDuring = load.Acknowledged.Count;
        if (ReliabilityRun.IsBench)
        {
            await Task.Delay(ReliabilityRun.Duration(0) / 2);
        }
        await stop.CancelAsync();
        await running;
        Assert.Empty(load.Failures);

        var restored = Path.Combine(directory, "restored", "mirps.db");
        Assert.Null(await SqliteBackup.RestoreAsync(backup.Path, restored));
        Assert.Equal("ok", await CrashSafetyTests.ScalarAsync(restored, "PRAGMA integrity_check"));
        var titles = await CrashSafetyTests.TitlesAsync(restored, "Respaldo%");
        output.WriteLine($"{acknowledgedBefore.Count} acknowledged before the backup began, {acknowledgedDuring} by its end, {titles.Count} in the backup");
        Assert.All(acknowledgedBefore, a => Assert.Equal(a.Title, titles.GetValueOrDefault(a.PracticeId)));
        // A consistent snapshot: nothing in it that was not written, each practice whole (its countries came with it).
        var ids = load.Acknowledged.Select(a => a.PracticeId).ToHashSet();
        Assert.All(titles.Keys, id => Assert.Contains(id, ids));
        Assert.Equal(0L, await CrashSafetyTests.ScalarAsync(restored,
            "SELECT count(*) FROM Practices p WHERE p.Title LIKE 'Respaldo%' AND NOT EXISTS (SELECT 1 FROM PracticeCountries c WHERE c.PracticeId = p.Id)"));
        ReliabilityRun.Report("Online backup under write load, restore", $"8 writers; backup of {backup.Bytes / 1024} KB in {backupWatch.Elapsed.TotalMilliseconds:0} ms; {acknowledgedBefore.Count}/{acknowledgedBefore.Count} writes acknowledged before it are in the restored copy, integrity_check ok");
    }

    [Fact]
    public async Task Restore_refuses_a_corrupt_file_and_a_database_the_portal_has_open()
    {
        _ = factory.Server;
        var directory = Path.Combine(Path.GetTempPath(), "mirps-tests", $"restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var corrupt = Path.Combine(directory, "corrupt.db");
        await File.WriteAllBytesAsync(corrupt, [.. "SQLite format 3\0"u8.ToArray(), .. new byte[4096]]);
        await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.RestoreAsync(corrupt, Path.Combine(directory, "target.db")));

        var backup = await SqliteBackup.BackupAsync(factory.DatabasePath, Path.Combine(directory, "good.db"));
        var refused = await Assert.ThrowsAsync<BackupException>(() => SqliteBackup.RestoreAsync(backup.Path, factory.DatabasePath));
        Assert.Contains("running", refused.Message, StringComparison.Ordinal);
    }
}
