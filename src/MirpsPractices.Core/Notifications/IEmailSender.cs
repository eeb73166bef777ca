namespace MirpsPractices.Core.Notifications;

/// <summary>One plain-text message; <paramref name="Language"/> ("es", "en") becomes its Content-Language header.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? Language = null);

/// <summary>The mail boundary: SMTP in production, .eml files in Development, a mock in tests.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
