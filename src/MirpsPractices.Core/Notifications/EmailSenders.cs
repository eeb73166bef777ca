using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MirpsPractices.Core.Notifications;

/// <summary>The MIME form of a message, shared by the SMTP and pickup senders so both write the same thing.</summary>
public static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Date = DateTimeOffset.UtcNow;
        var body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.TextBody };
        if (!string.IsNullOrEmpty(message.Language))
        {
            // A Content-* header belongs to the body part; MimeKit does not write it among the message's own headers.
            body.Headers.Add(HeaderId.ContentLanguage, message.Language);
        }
        mime.Body = body;
        return mime;
    }
}

/// <summary>Sends through the SMTP server configured in the "Email" section, with MailKit.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            throw new InvalidOperationException("Email:Mode is Smtp but Email:SmtpHost is not set.");
        }
        using var mime = MimeMessages.Create(message, settings.From);
        using var client = new SmtpClient { Timeout = Math.Max(1, settings.SmtpTimeoutSeconds) * 1000 };
        var security = !settings.SmtpEnableSsl ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("E-mail {Subject} sent", message.Subject);
    }
}

/// <summary>Writes each message as an .eml file (Development): open it with any mail client.</summary>
public sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.PickupDirectory);
        Directory.CreateDirectory(folder);
        using var mime = MimeMessages.Create(message, settings.From);
        // Written under a temporary name and then renamed, so a reader of the folder never sees half a message.
        var name = Guid.NewGuid().ToString("N");
        var partial = Path.Combine(folder, name + ".tmp");
        await mime.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(folder, name + ".eml"));
        logger.LogInformation("E-mail {Subject} written to the pickup directory", message.Subject);
    }
}
