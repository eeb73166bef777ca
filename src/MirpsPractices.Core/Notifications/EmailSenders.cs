using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MirpsPractices.Core.Notifications;

/// <summary>Sends through the SMTP server configured in the "Email" section.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.TextBody);
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
        }
        await client.SendMailAsync(mail, cancellationToken);
        logger.LogInformation("E-mail {Subject} sent", message.Subject);
    }
}

/// <summary>Writes each message as an .eml file (Development): open it with any mail client.</summary>
public sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.PickupDirectory);
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.TextBody);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory),
        };
        await client.SendMailAsync(mail, cancellationToken);
        logger.LogInformation("E-mail {Subject} written to the pickup directory", message.Subject);
    }
}
