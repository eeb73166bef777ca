using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using MirpsPractices.Bench.Generation;
using MirpsPractices.Bench.WritePath;

namespace MirpsPractices.Bench.Load;

/// <summary>
/// One benchmark session: the ceiling app runs throughout; for each size a fresh catalogue is generated and the portal is
/// started on it (Production, Release build); every scenario is warmed up, then measured <c>Runs</c> times in rounds
/// (round 1 measures all scenarios, then round 2…), so slow drift of the machine touches all of them alike.
/// At the largest size the scenarios are run once more at the stress connection count, then the write path.
/// </summary>
public sealed class BenchmarkRun(BenchOptions options, TextWriter console)
{
    public const string SubmitterPassword = "bench-only passphrase, never a real account";

    public async Task<BenchResult> RunAsync(string command)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(options.WorkDirectory);
        var machine = Machine.Describe();
        var load = Machine.LoadAverage();
        console.WriteLine($"Machine: {machine.Cores} cores, {machine.Cpu}, {machine.Memory}, {machine.OperatingSystem}, .NET SDK {machine.DotnetVersion}; load average {load:0.00}");
        await using var rawLog = new StreamWriter(Path.Combine(options.WorkDirectory, "wrk-output.log"));

        await using var ceiling = await ServerProcess.StartAsync(options.CeilingDll, options.CeilingDirectory, options.CeilingPort,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, Path.Combine(options.WorkDirectory, "ceiling.log"));

        var sizes = new List<SizeResult>();
        WritePathResult? writePath = null;
        foreach (var size in options.Sizes)
        {
            var isLargest = size == options.Sizes.Max();
            var (result, writes) = await MeasureSizeAsync(size, isLargest, ceiling, rawLog);
            sizes.Add(result);
            writePath ??= writes;
        }
        return new BenchResult(machine, started, clock.Elapsed, load, options, sizes, writePath, command);
    }

    private async Task<(SizeResult Result, WritePathResult? Writes)> MeasureSizeAsync(int size, bool isLargest, ServerProcess ceiling, StreamWriter rawLog)
    {
        var database = Path.Combine(options.WorkDirectory, $"catalogue-{size}.db");
        console.WriteLine($"\n== N = {size:N0}");
        var generation = await GenerateAsync(size, database);
        var practicePaths = PracticePaths(database, 5000);
        var notes = new List<string>();

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Sqlite"] = $"Data Source={database}",
            ["Database__Provider"] = "Sqlite",
            // Plain HTTP on loopback: __Host- cookies need HTTPS, which a TLS proxy provides in production.
            ["Security__SecureCookies"] = "false",
            ["Demo__Seed"] = "false",
            // The write path measures the database under 32 writers, not the per-user submission limit.
            ["RateLimits__SubmissionsPerMinute"] = "1000000",
            ["RateLimits__SignInPerMinute"] = "1000",
        };
        await using var portal = await ServerProcess.StartAsync(options.PortalDll, options.PortalDirectory, options.PortalPort, environment,
            Path.Combine(options.WorkDirectory, $"portal-{size}.log"), "/health");

        var scenarios = new List<Scenario>();
        foreach (var scenario in ScenarioCatalog.All(practicePaths))
        {
            var server = scenario.Server == Server.Ceiling ? ceiling : portal;
            var status = await ProbeAsync(server.BaseUrl + scenario.FirstPath);
            if (status == HttpStatusCode.OK)
            {
                scenarios.Add(scenario);
            }
            else
            {
                notes.Add($"`{scenario.Key}` not measured: {scenario.FirstPath} answered {(int)status}.");
                console.WriteLine($"  skipped {scenario.Key}: {scenario.FirstPath} answered {(int)status}");
            }
        }

        var duration = TimeSpan.FromSeconds(options.DurationFor(size));
        var settings = new WrkSettings(options.Threads, options.Connections, duration);
        console.WriteLine($"  warm-up: {options.Warmup} s per scenario");
        foreach (var scenario in scenarios)
        {
            await MeasureAsync(scenario, new WrkSettings(options.Threads, options.Connections, TimeSpan.FromSeconds(options.Warmup)), ceiling, portal, rawLog);
        }

        var measurements = new List<Measurement>();
        for (var run = 1; run <= options.Runs; run++)
        {
            console.WriteLine($"  run {run}/{options.Runs} (load average {Machine.LoadAverage():0.00})");
            foreach (var scenario in scenarios)
            {
                var server = scenario.Server == Server.Ceiling ? ceiling : portal;
                server.ResetPeakRss();
                var summary = await MeasureAsync(scenario, settings, ceiling, portal, rawLog);
                var peak = server.PeakRssBytes();
                measurements.Add(new Measurement(run, scenario, summary, peak));
                console.WriteLine($"    {scenario.Key,-28} {summary.RequestsPerSecond,9:0} req/s  p50 {summary.P50Microseconds / 1000,7:0.00} ms  p95 {summary.P95Microseconds / 1000,7:0.00} ms  p99 {summary.P99Microseconds / 1000,7:0.00} ms  failures {summary.Failures}  peak RSS {peak / 1048576.0:0} MB");
            }
        }

        var ceilingByRun = measurements.Where(m => m.Scenario.Server == Server.Ceiling).ToDictionary(m => m.Run, m => m.Summary.RequestsPerSecond);
        var rows = scenarios.Select(s => Statistics.Aggregate(s, measurements.Where(m => m.Scenario == s).ToList(), ceilingByRun)).ToList();

        var stress = new List<StressResult>();
        WritePathResult? writes = null;
        if (isLargest)
        {
            var stressSettings = new WrkSettings(options.Threads, options.StressConnections, TimeSpan.FromSeconds(options.StressDuration));
            console.WriteLine($"  {options.StressConnections} connections, {options.StressDuration} s per scenario");
            foreach (var scenario in scenarios.Where(s => s.Server == Server.Portal))
            {
                portal.ResetPeakRss();
                var summary = await MeasureAsync(scenario, stressSettings, ceiling, portal, rawLog);
                stress.Add(new StressResult(scenario, summary.RequestsPerSecond, summary.P99Microseconds / 1000, summary.Failures));
                console.WriteLine($"    {scenario.Key,-28} {summary.RequestsPerSecond,9:0} req/s  p99 {summary.P99Microseconds / 1000,7:0.00} ms  failures {summary.Failures}");
            }
            if (options.Writers > 0)
            {
                console.WriteLine($"  write path: {options.Writers} submitters saving drafts for {options.WriteSeconds} s");
                writes = await DraftWriters.RunAsync(portal, database, options.Writers, SubmitterPassword, TimeSpan.FromSeconds(options.WriteSeconds), console);
            }
        }
        var peakRss = portal.PeakRssBytes();
        return (new SizeResult(size, generation, (int)duration.TotalSeconds, rows, stress,
            Math.Max(peakRss, rows.Where(r => r.Scenario.Server == Server.Portal).Select(r => r.PeakRssBytes).DefaultIfEmpty().Max()), notes), writes);
    }

    private async Task<GenerationResult> GenerateAsync(int size, string database)
    {
        var options1 = new GeneratorOptions(database, size, options.Writers, SubmitterPassword);
        if (options.ReuseDatabases && File.Exists(database))
        {
            console.WriteLine($"  reusing {database}");
            return new GenerationResult(size, size / 20, 0, 0, TimeSpan.Zero, new FileInfo(database).Length);
        }
        console.WriteLine($"  generating {size:N0} published practices into {database}");
        var result = await CatalogueGenerator.GenerateAsync(options1, console);
        console.WriteLine($"  {result.Rows:N0} rows, {result.DatabaseBytes / 1048576.0:0} MB, {result.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    private Task<WrkSummary> MeasureAsync(Scenario scenario, WrkSettings settings, ServerProcess ceiling, ServerProcess portal, StreamWriter rawLog)
    {
        var server = scenario.Server == Server.Ceiling ? ceiling : portal;
        if (!scenario.IsList && scenario.Cache == CacheMode.Cached)
        {
            return Wrk.RunAsync(server.BaseUrl + scenario.FirstPath, settings, options.StatsScript, [], rawLog);
        }
        var arguments = new List<string>();
        if (scenario.IsList)
        {
            var file = Path.Combine(options.WorkDirectory, $"paths-{scenario.Key}.txt");
            File.WriteAllLines(file, scenario.Paths);
            arguments.AddRange(["list", file]);
        }
        if (scenario.Cache == CacheMode.Uncached)
        {
            arguments.Add("bust");
        }
        return Wrk.RunAsync(server.BaseUrl + scenario.FirstPath, settings, options.DynamicScript, arguments, rawLog);
    }

    private static async Task<HttpStatusCode> ProbeAsync(string url)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync(new Uri(url));
        return response.StatusCode;
    }

    /// <summary>Public URLs of a random sample of published practices, as the catalogue links them.</summary>
    private static List<string> PracticePaths(string database, int count)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Slug FROM Practices WHERE State = 'Published' AND RevisionOfId IS NULL ORDER BY random() LIMIT $count";
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read())
        {
            paths.Add($"/practices/{reader.GetInt32(0)}/{reader.GetString(1)}");
        }
        return paths;
    }
}
