namespace MirpsPractices.Core.Notifications;

public sealed record EmailMessage(string To, string Subject, string TextBody);

/// <summary>The mail boundary: SMTP in production, .eml files in Development, a mock in tests.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
