using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using Xunit.Abstractions;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>
/// 50 clients create and submit practices at once against SQLite through the real app: every acknowledged write is in the
/// database, the counts match exactly, and SQLite never answers "database is locked". (The 30-second run is bench/Reliability.)
/// </summary>
public sealed class ConcurrentWritesTests(ReliabilityFactory factory, ITestOutputHelper output) : IClassFixture<ReliabilityFactory>
{
    public const int Clients = 50;

    [Fact]
    public async Task Fifty_parallel_clients_creating_and_submitting_lose_nothing_and_never_see_a_locked_database()
    {
        var organisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        // One sign-in per participant role (password hashing is deliberately slow); the 50 clients share those cookies.
        var signedIn = new List<(HttpClient, string)>();
        foreach (var role in Roles.ParticipantGroups)
        {
            var cookies = new CookieContainer();
            signedIn.Add(await WriteLoad.ParticipantAsync(factory.CreateDefaultClient(new CookieContainerHandler(cookies)), role));
            for (var i = 1; i < Clients / Roles.ParticipantGroups.Count + 1; i++)
            {
                signedIn.Add((factory.CreateDefaultClient(new CookieContainerHandler(cookies)), signedIn[^1].Item2));
            }
        }
        var marker = $"Carga {Guid.NewGuid():N}"[..14];
        var load = new WriteLoad(marker, organisation);

        var duration = ReliabilityRun.Duration(3);
        using var stop = new CancellationTokenSource(duration);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await load.RunAsync(signedIn, Clients, stop.Token);
        watch.Stop();

        var summary = $"{Clients} clients, {watch.Elapsed.TotalSeconds:0.0} s: {load.Attempts} create-and-submit requests, {load.Acknowledged.Count} acknowledged ({load.Acknowledged.Count / watch.Elapsed.TotalSeconds:0.0}/s), {load.Failures.Count} failed";
        output.WriteLine(summary);
        Assert.Empty(load.Failures);
        Assert.True(load.Acknowledged.Count >= Clients, $"Only {load.Acknowledged.Count} writes were acknowledged");
        var stored = await factory.WithDbAsync(db => db.Practices.Where(p => p.Title.StartsWith(marker))
            .Select(p => new { p.Id, p.Title, p.State }).ToListAsync());
        Assert.Equal(load.Acknowledged.Count, stored.Count);
        Assert.Equal(load.Acknowledged.Select(a => (a.PracticeId, a.Title)).Order(), stored.Select(s => (s.Id, s.Title)).Order());
        Assert.All(stored, s => Assert.Equal(PracticeState.Submitted, s.State));
        Assert.DoesNotContain(factory.Log.Events, e => (e.Message + e.Exception).Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(factory.Log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
        ReliabilityRun.Report("Concurrent create + submit", summary + $"; all {stored.Count} in the database, 0 \"database is locked\"");
    }
}
