using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace MirpsPractices.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server on a free loopback port: Debian's aiosmtpd (package python3-aiosmtpd, which scripts/test.sh installs
/// when missing) running Mail/smtp_sink.py, which writes every message it accepts to a folder. Stopped by its PID.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;

    private SmtpSink(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var port = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "mirps-tests", $"smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // Debian's interpreter, where python3-aiosmtpd is installed (a pyenv python3 on PATH would not have it).
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Mail", "smtp_sink.py"));
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(folder);
        var process = Process.Start(start) ?? throw new InvalidOperationException("the SMTP sink did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (ready != "ready")
        {
            throw new InvalidOperationException($"the SMTP sink did not start (exit code {(process.HasExited ? process.ExitCode : 0)}); is python3-aiosmtpd installed?");
        }
        return new SmtpSink(process, port, folder);
    }

    /// <summary>Every message received so far, with the recipients the SMTP envelope named.</summary>
    public IReadOnlyList<(string EnvelopeTo, MimeMessage Message)> Messages =>
        [.. Directory.GetFiles(Folder, "*.eml").Select(path =>
        {
            var message = MimeMessage.Load(path);
            return (message.Headers["X-Envelope-To"] ?? "", message);
        })];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is disposable.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
