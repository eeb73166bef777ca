using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Notifications;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The account e-mails (invitation, password reset), in Spanish then English: the recipient's language isn't known yet.
/// Links are absolute, built from Email:PublicBaseUrl; they carry a single-use token and are never logged.
/// </summary>
public sealed class AccountEmails(IEmailSender sender, IOptions<EmailOptions> options, IStringLocalizer<AccountResource> localizer)
{
    public Task SendInvitationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, "Email_Invitation_Subject", "Email_Invitation_Body", displayName, Link("/account/invitation", userId, token), cancellationToken);

    public Task SendPasswordResetAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, "Email_Reset_Subject", "Email_Reset_Body", displayName, Link("/account/reset-password", userId, token), cancellationToken);

    private string Link(string path, string userId, string token) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}{path}?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    private Task SendAsync(string email, string subjectKey, string bodyKey, string displayName, string link, CancellationToken cancellationToken)
    {
        var subject = CultureScope.In(PortalCultures.Spanish, () => localizer[subjectKey].Value)
            + " / " + CultureScope.In(PortalCultures.English, () => localizer[subjectKey].Value);
        var body = CultureScope.In(PortalCultures.Spanish, () => localizer[bodyKey, displayName, link].Value)
            + "\n\n----------------------------------------\n\n"
            + CultureScope.In(PortalCultures.English, () => localizer[bodyKey, displayName, link].Value);
        return sender.SendAsync(new EmailMessage(email, subject, body), cancellationToken);
    }
}
