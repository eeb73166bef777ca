using MirpsPractices.Core.Features.Reports;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Web.Models.Network;

public sealed record WorkspaceViewModel(WorkspaceOverview Overview, NetworkActor Actor, IReadOnlyList<ReportJobView> RecentReports, bool CanEditSessions, IReadOnlySet<int>? StaleCommitments = null)
{
    public bool IsStale(int commitmentId) => StaleCommitments?.Contains(commitmentId) == true;
}

/// <summary>A group of checkboxes in a fieldset (the legend names the group, each box its own label).</summary>
public sealed record CheckboxGroupModel(
    string Name,
    string Legend,
    IReadOnlyList<CheckboxOption> Options,
    IReadOnlySet<string> Selected,
    string? Hint = null,
    bool Scroll = false,
    bool Required = false);

public sealed record CheckboxOption(string Value, string Label, string? Language = null);
