using Microsoft.AspNetCore.Authorization;
using MirpsPractices.Core.Features.Attachments;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Authorization;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Submission and moderation (issue #4): services, the practice authorization handler and the mail notifier.</summary>
public static class WorkflowRegistration
{
    public static IServiceCollection AddPracticeWorkflow(this IServiceCollection services)
    {
        services.AddScoped<PracticeWorkflowService>();
        services.AddScoped<PracticeQueries>();
        services.AddScoped<ModerationService>();
        services.AddScoped<ModerationQueries>();
        services.AddScoped<CallsService>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<IAttachmentStore, DatabaseAttachmentStore>();
        services.AddScoped<IWorkflowNotifier, WorkflowNotifier>();
        services.AddSingleton<IAuthorizationHandler, PracticeAuthorizationHandler>();
        return services;
    }
}
