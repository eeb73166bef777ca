using MirpsPractices.Bench.Generation;
using MirpsPractices.Bench.WritePath;

namespace MirpsPractices.Bench.Load;

public sealed record Measurement(int Run, Scenario Scenario, WrkSummary Summary, long PeakRssBytes);

/// <summary>A scenario at one size: medians of the runs; failures summed over all runs; the highest peak RSS.</summary>
public sealed record ScenarioResult(
    Scenario Scenario,
    double RequestsPerSecond,
    double RatioToCeiling,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    long Failures,
    long PeakRssBytes,
    int Runs,
    double BytesPerResponse);

public sealed record StressResult(Scenario Scenario, double RequestsPerSecond, double P99Ms, long Failures);

public sealed record SizeResult(
    int Size,
    GenerationResult Generation,
    int Duration,
    IReadOnlyList<ScenarioResult> Rows,
    IReadOnlyList<StressResult> Stress,
    long PeakRssBytes,
    IReadOnlyList<string> Notes);

public sealed record BenchResult(
    Machine Machine,
    DateTime StartedAtUtc,
    TimeSpan Elapsed,
    double LoadAverageBefore,
    BenchOptions Options,
    IReadOnlyList<SizeResult> Sizes,
    WritePathResult? WritePath,
    string Command);

public static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Median over the runs; the ratio is taken within each run (same minute, same machine state) before the median.</summary>
    public static ScenarioResult Aggregate(Scenario scenario, IReadOnlyList<Measurement> runs, IReadOnlyDictionary<int, double> ceilingByRun) => new(
        scenario,
        Median(runs.Select(r => r.Summary.RequestsPerSecond)),
        Median(runs.Select(r => ceilingByRun.TryGetValue(r.Run, out var ceiling) && ceiling > 0 ? r.Summary.RequestsPerSecond / ceiling : double.NaN)),
        Median(runs.Select(r => r.Summary.P50Microseconds / 1000)),
        Median(runs.Select(r => r.Summary.P95Microseconds / 1000)),
        Median(runs.Select(r => r.Summary.P99Microseconds / 1000)),
        runs.Sum(r => r.Summary.Failures),
        runs.Max(r => r.PeakRssBytes),
        runs.Count,
        Median(runs.Select(r => r.Summary.Requests == 0 ? double.NaN : (double)r.Summary.Bytes / r.Summary.Requests)));
}
