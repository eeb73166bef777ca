using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MirpsPractices.Core.Notifications;

namespace MirpsPractices.BrowserTests.Infrastructure;

/// <summary>The mail boundary in browser tests: keeps every message so a test can follow the link in it.</summary>
public sealed partial class CapturingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _messages = new();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>Path and query of the link to <paramref name="path"/> in the last message to <paramref name="email"/>.</summary>
    public string LinkTo(string email, string path)
    {
        var message = _messages.Last(m => string.Equals(m.To, email, StringComparison.OrdinalIgnoreCase));
        return LinkPattern().Matches(message.TextBody).Select(m => new Uri(m.Value)).First(u => u.AbsolutePath == path).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
