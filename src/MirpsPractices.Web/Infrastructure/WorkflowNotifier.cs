using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Notifications;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Workflow e-mails through <see cref="IEmailSender"/>, each written in its recipient's preferred language
/// (<see cref="ApplicationUser.PreferredLanguage"/>). A failing mail server never undoes a decision: the failure is logged.
/// </summary>
public sealed class WorkflowNotifier(
    UserManager<ApplicationUser> users,
    IEmailSender sender,
    IStringLocalizer<WorkflowResource> localizer,
    IOptions<EmailOptions> options,
    ILogger<WorkflowNotifier> logger) : IWorkflowNotifier
{
    public async Task PracticeSubmittedAsync(int practiceId, string title, CancellationToken cancellationToken = default)
    {
        var moderators = await users.GetUsersInRoleAsync(Roles.Moderator);
        var link = $"{BaseUrl}/moderation/practices/{practiceId}";
        foreach (var moderator in moderators.Where(m => !m.IsDeactivated && !string.IsNullOrEmpty(m.Email)))
        {
            var (subject, body) = CultureScope.In(PortalCultures.ForLanguage(moderator.PreferredLanguage), () => (
                localizer["Mail_Submitted_Subject", title].Value,
                localizer["Mail_Submitted_Body", moderator.DisplayName, title, link].Value));
            await SendAsync(new EmailMessage(moderator.Email!, subject, body), practiceId, cancellationToken);
        }
    }

    public async Task DecisionMadeAsync(int practiceId, string title, string submitterId, LifecycleAction action, string? comment, CancellationToken cancellationToken = default)
    {
        var submitter = await users.FindByIdAsync(submitterId);
        if (submitter?.Email is not { Length: > 0 } email || submitter.IsDeactivated)
        {
            return;
        }
        var link = $"{BaseUrl}/my/practices/{practiceId}";
        var (subject, body) = CultureScope.In(PortalCultures.ForLanguage(submitter.PreferredLanguage), () =>
        {
            var decision = localizer[$"Mail_Decision_{action}"].Value;
            var text = localizer["Mail_Decision_Body", submitter.DisplayName, title, decision, link].Value;
            if (!string.IsNullOrWhiteSpace(comment))
            {
                text += Environment.NewLine + Environment.NewLine + localizer["Mail_Decision_Comment"].Value + Environment.NewLine + comment;
            }
            return (localizer["Mail_Decision_Subject", decision, title].Value, text);
        });
        await SendAsync(new EmailMessage(email, subject, body), practiceId, cancellationToken);
    }

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    private async Task SendAsync(EmailMessage message, int practiceId, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Workflow e-mail about practice {PracticeId} could not be sent", practiceId);
        }
    }
}
