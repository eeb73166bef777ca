using System.Globalization;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>
/// The load tests run a few seconds in the suite; bench/Reliability/run.sh runs the same tests for 30 s
/// (MIRPS_RELIABILITY_SECONDS) and collects their figures (MIRPS_RELIABILITY_REPORT) into docs/performance.md.
/// </summary>
public static class ReliabilityRun
{
    public static TimeSpan Duration(double inSuiteSeconds) =>
        TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("MIRPS_RELIABILITY_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : inSuiteSeconds);

    public static bool IsBench => Environment.GetEnvironmentVariable("MIRPS_RELIABILITY_SECONDS") is not null;

    /// <summary>Appends one "scenario | figures" line to the report file when the bench asked for one.</summary>
    public static void Report(string scenario, string figures)
    {
        var path = Environment.GetEnvironmentVariable("MIRPS_RELIABILITY_REPORT");
        if (!string.IsNullOrEmpty(path))
        {
            File.AppendAllText(path, $"| {scenario} | {figures} |{Environment.NewLine}");
        }
    }
}
