using System.Diagnostics;
using System.Globalization;

namespace MirpsPractices.Bench.Load;

/// <summary>
/// A server under test: `dotnet app.dll --urls http://127.0.0.1:port`, its output in a log file, stopped by its PID with
/// SIGTERM (a clean shutdown). Peak RSS is read from /proc/PID/status (VmHWM) and can be reset between scenarios.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string baseUrl, string logPath)
    {
        _process = process;
        BaseUrl = baseUrl;
        LogPath = logPath;
    }

    public string BaseUrl { get; }
    public string LogPath { get; }
    public int Pid => _process.Id;

    public static async Task<ServerProcess> StartAsync(string dll, string workingDirectory, int port, IReadOnlyDictionary<string, string> environment, string logPath, string readyPath = "/")
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => WriteLine(log, e.Data);
        process.ErrorDataReceived += (_, e) => WriteLine(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, baseUrl, logPath);
        await server.WaitUntilReadyAsync(readyPath);
        return server;
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private async Task WaitUntilReadyAsync(string path)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}; see {LogPath}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl + path));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{BaseUrl} did not answer within 3 minutes; see {LogPath}");
    }

    /// <summary>Peak resident set size since start or since the last <see cref="ResetPeakRss"/>, in bytes.</summary>
    public long PeakRssBytes() => ReadStatusKilobytes("VmHWM") * 1024;

    public long RssBytes() => ReadStatusKilobytes("VmRSS") * 1024;

    /// <summary>Writing 5 to /proc/PID/clear_refs resets VmHWM to the current RSS (Linux 4.0+).</summary>
    public bool ResetPeakRss()
    {
        try
        {
            File.WriteAllText($"/proc/{Pid}/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private long ReadStatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
    }
}
