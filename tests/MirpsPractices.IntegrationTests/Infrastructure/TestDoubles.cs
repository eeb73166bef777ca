using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MirpsPractices.Core.Notifications;
using Serilog.Core;
using Serilog.Events;

namespace MirpsPractices.IntegrationTests.Infrastructure;

/// <summary>The mail boundary in tests: keeps every message so a test can follow the link in it.</summary>
public sealed partial class CapturingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _messages = new();

    public IReadOnlyList<EmailMessage> Messages => [.. _messages];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public EmailMessage LastTo(string email) =>
        Messages.Last(m => string.Equals(m.To, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path and query of the first link in the last message to <paramref name="email"/> that starts with <paramref name="path"/>.</summary>
    public string LinkTo(string email, string path)
    {
        var link = LinkPattern().Matches(LastTo(email).TextBody).Select(m => new Uri(m.Value)).First(u => u.AbsolutePath == path);
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}

/// <summary>A clock the test moves forward; the app reads time from the injected TimeProvider (cookies and stamps included).</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>A Serilog sink (picked up through ReadFrom.Services) that keeps every event, rendered with all its properties.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"{logEvent.Level} {logEvent.RenderMessage()} {properties} {logEvent.Exception}");
    }
}
