using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Notifications;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The account e-mails (invitation, password reset), written in the recipient's preferred language whatever the language of
/// the request that sends them (an administrator reading in English invites someone who reads Spanish).
/// Links are absolute, built from Email:PublicBaseUrl; they carry a single-use token and are never logged.
/// </summary>
public sealed class AccountEmails(IEmailSender sender, IOptions<EmailOptions> options, IStringLocalizer<AccountResource> localizer)
{
    public Task SendInvitationAsync(string email, string displayName, string language, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, language, "Email_Invitation_Subject", "Email_Invitation_Body", displayName, Link("/account/invitation", userId, token), cancellationToken);

    public Task SendPasswordResetAsync(string email, string displayName, string language, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, language, "Email_Reset_Subject", "Email_Reset_Body", displayName, Link("/account/reset-password", userId, token), cancellationToken);

    private string Link(string path, string userId, string token) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}{path}?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    private Task SendAsync(string email, string language, string subjectKey, string bodyKey, string displayName, string link, CancellationToken cancellationToken)
    {
        var (subject, body) = CultureScope.In(PortalCultures.ForLanguage(language), () =>
            (localizer[subjectKey].Value, localizer[bodyKey, displayName, link].Value));
        return sender.SendAsync(new EmailMessage(email, subject, body), cancellationToken);
    }
}
