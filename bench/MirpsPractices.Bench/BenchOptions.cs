using System.Globalization;

namespace MirpsPractices.Bench;

/// <summary>Command-line options of `run` (bench/run.sh passes them through).</summary>
public sealed record BenchOptions
{
    public required string RepositoryRoot { get; init; }
    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000];
    public int Runs { get; init; } = 3;
    public int Threads { get; init; } = 2;
    public int Connections { get; init; } = 32;

    /// <summary>Seconds per measurement at the largest size (the targets' `-d20s`).</summary>
    public int Duration { get; init; } = 20;

    /// <summary>Seconds per measurement at the smaller sizes, which only serve the comparisons.</summary>
    public int SmallDuration { get; init; } = 5;
    public int Warmup { get; init; } = 2;
    public int StressConnections { get; init; } = 64;
    public int StressDuration { get; init; } = 10;
    public int Writers { get; init; } = 32;
    public int WriteSeconds { get; init; } = 30;
    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "mirps-bench");
    public string? ReportPath { get; init; }
    public bool ReuseDatabases { get; init; }
    public int CeilingPort { get; init; } = 5290;
    public int PortalPort { get; init; } = 5291;

    public string PortalDll => Path.Combine(RepositoryRoot, "src/MirpsPractices.Web/bin/Release/net10.0/MirpsPractices.Web.dll");
    public string PortalDirectory => Path.Combine(RepositoryRoot, "src/MirpsPractices.Web");
    public string CeilingDll => Path.Combine(RepositoryRoot, "bench/MirpsPractices.Bench.Ceiling/bin/Release/net10.0/MirpsPractices.Bench.Ceiling.dll");
    public string CeilingDirectory => Path.Combine(RepositoryRoot, "bench/MirpsPractices.Bench.Ceiling");
    public string StatsScript => Path.Combine(RepositoryRoot, "bench/wrk/stats.lua");
    public string DynamicScript => Path.Combine(RepositoryRoot, "bench/wrk/dynamic.lua");

    public int DurationFor(int size) => size == Sizes.Max() ? Duration : SmallDuration;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { RepositoryRoot = Directory.GetCurrentDirectory() };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--repo" => options with { RepositoryRoot = Path.GetFullPath(Next()) },
                "--sizes" => options with { Sizes = Next().Split(',').Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).Order().ToList() },
                "--runs" => options with { Runs = NextInt() },
                "--threads" => options with { Threads = NextInt() },
                "--connections" => options with { Connections = NextInt() },
                "--duration" => options with { Duration = NextInt() },
                "--small-duration" => options with { SmallDuration = NextInt() },
                "--warmup" => options with { Warmup = NextInt() },
                "--stress-connections" => options with { StressConnections = NextInt() },
                "--stress-duration" => options with { StressDuration = NextInt() },
                "--writers" => options with { Writers = NextInt() },
                "--write-seconds" => options with { WriteSeconds = NextInt() },
                "--work" => options with { WorkDirectory = Path.GetFullPath(Next()) },
                "--report" => options with { ReportPath = Path.GetFullPath(Next()) },
                "--reuse-db" => options with { ReuseDatabases = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }
        return options;
    }
}
