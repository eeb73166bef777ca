using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MirpsPractices.Bench.Load;

/// <summary>What the Lua done() function of bench/wrk/*.lua prints after "BENCH ".</summary>
public sealed record WrkSummary
{
    [JsonPropertyName("requests")] public long Requests { get; init; }
    [JsonPropertyName("duration_us")] public long DurationMicroseconds { get; init; }
    [JsonPropertyName("bytes")] public long Bytes { get; init; }
    [JsonPropertyName("p50_us")] public double P50Microseconds { get; init; }
    [JsonPropertyName("p95_us")] public double P95Microseconds { get; init; }
    [JsonPropertyName("p99_us")] public double P99Microseconds { get; init; }
    [JsonPropertyName("max_us")] public double MaxMicroseconds { get; init; }
    [JsonPropertyName("status_errors")] public long StatusErrors { get; init; }
    [JsonPropertyName("connect_errors")] public long ConnectErrors { get; init; }
    [JsonPropertyName("read_errors")] public long ReadErrors { get; init; }
    [JsonPropertyName("write_errors")] public long WriteErrors { get; init; }
    [JsonPropertyName("timeouts")] public long Timeouts { get; init; }

    public double RequestsPerSecond => DurationMicroseconds == 0 ? 0 : Requests * 1_000_000.0 / DurationMicroseconds;

    /// <summary>Responses with a status of 400 or more, plus requests that got no response at all.</summary>
    public long Failures => StatusErrors + ConnectErrors + ReadErrors + WriteErrors + Timeouts;
}

public sealed record WrkSettings(int Threads, int Connections, TimeSpan Duration);

public static class Wrk
{
    /// <summary>What Chromium and Firefox send over HTTP (no zstd on .NET's side): every request of the bench asks for it.</summary>
    public const string BrowserAcceptEncoding = "br, gzip";

    /// <summary>Runs wrk once; <paramref name="scriptArguments"/> follow `--` and select the mode of dynamic.lua.</summary>
    public static async Task<WrkSummary> RunAsync(string url, WrkSettings settings, string script, IReadOnlyList<string> scriptArguments, TextWriter rawLog)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-t" + settings.Threads, "-c" + settings.Connections, "-d" + (int)settings.Duration.TotalSeconds + "s",
            "--timeout", "5s", "--latency", "-H", "Accept-Encoding: " + BrowserAcceptEncoding, "-s", script, url,
        })
        {
            start.ArgumentList.Add(argument);
        }
        if (scriptArguments.Count > 0)
        {
            start.ArgumentList.Add("--");
            foreach (var argument in scriptArguments)
            {
                start.ArgumentList.Add(argument);
            }
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await rawLog.WriteLineAsync($"$ wrk {string.Join(' ', start.ArgumentList)}\n{output}{error}");
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("BENCH ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no summary (exit {process.ExitCode}): {error}{output}");
        return JsonSerializer.Deserialize<WrkSummary>(line["BENCH ".Length..])!;
    }
}
