using Microsoft.AspNetCore.Authorization;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Recommendations;
using MirpsPractices.Core.Features.Reports;
using MirpsPractices.Core.Features.Sessions;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.Infrastructure;

public static class NetworkRegistration
{
    /// <summary>Recommendations, commitments, sessions and the systematisation report (issue #6).</summary>
    public static IServiceCollection AddNetworkWorkspace(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceLookups>();
        services.AddScoped<WorkspaceQueries>();
        services.AddScoped<RecommendationService>();
        services.AddScoped<RecommendationAmendmentService>();
        services.AddScoped<CommitmentService>();
        services.AddScoped<CommitmentBulkUpdate>();
        services.AddScoped<CommitmentFreshness>();
        services.AddScoped<CommitmentDashboard>();
        services.AddScoped<RecommendationChain>();
        services.AddOptions<CommitmentFollowUpOptions>().BindConfiguration(CommitmentFollowUpOptions.Section);
        services.AddScoped<SessionService>();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportJobService>();
        services.AddScoped<IReportText, ResourceReportText>();
        services.AddSingleton<ReportQueue>();
        services.AddHostedService<ReportWorker>();
        services.AddScoped<NetworkActorAccessor>();
        services.AddScoped<IAuthorizationHandler, CommitmentAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, RecommendationAuthorizationHandler>();
        return services;
    }
}
