using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Notifications;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>The reminder e-mail, written in the recipient's preferred language.</summary>
public sealed class CommitmentReminderText(IStringLocalizer<CommitmentReminderResource> localizer) : ICommitmentReminderText
{
    public EmailMessage Compose(DueReminder reminder, ReminderRecipient recipient, string link)
    {
        var language = PortalCultures.ForLanguage(recipient.Language);
        var lastUpdate = reminder.LastUpdate.ToString("d", RecordLanguages.Culture(language));
        var (subject, body) = CultureScope.In(language, () => (
            localizer["Mail_Reminder_Subject", reminder.Title].Value,
            localizer["Mail_Reminder_Body", recipient.DisplayName, reminder.Title, lastUpdate, reminder.DaysWithoutUpdate, link].Value));
        return new EmailMessage(recipient.Email, subject, body, language);
    }
}

public static class CommitmentReminderRegistration
{
    /// <summary>The reminder job of stale commitments (issue #14): one run at start, then every Commitments:ReminderCheckMinutes; with Redis configured, each period is locked there first.</summary>
    public static IServiceCollection AddCommitmentReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICommitmentReminderText, CommitmentReminderText>();
        if (configuration.UsesRedis())
        {
            services.TryAddSingleton<SharedRedisConnection>();
            services.AddSingleton<IReminderPeriodLocks, RedisReminderPeriodLocks>();
        }
        else
        {
            services.AddSingleton<IReminderPeriodLocks, DatabaseClaimOnly>();
        }
        services.AddScoped<CommitmentReminderJob>();
        services.AddHostedService<CommitmentReminderWorker>();
        return services;
    }
}
