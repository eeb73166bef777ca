using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Reports;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Network;

public static class ReportScopeKinds
{
    public const string Filters = "filters";
    public const string Session = "session";
}

public sealed class ReportInput
{
    public string? ScopeKind { get; set; } = ReportScopeKinds.Filters;
    public List<string> CountryCodes { get; set; } = [];
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int? SessionId { get; set; }

    public ReportScope ToScope() => ScopeKind == ReportScopeKinds.Session
        ? new ReportScope { SessionId = SessionId }
        : new ReportScope
        {
            CountryCodes = [.. CountryCodes.Where(Country.MirpsCodes.Contains).Distinct()],
            StrategyAreas = [.. StrategyAreas.Distinct()],
            From = From,
            To = To,
        };
}

public sealed class ReportInputValidator : AbstractValidator<ReportInput>
{
    public ReportInputValidator(IStringLocalizer<NetworkResource> n)
    {
        RuleFor(x => x.ScopeKind).Must(k => k is ReportScopeKinds.Filters or ReportScopeKinds.Session).WithMessage(_ => n["Validation_ScopeKindRequired"]);
        RuleFor(x => x.SessionId).NotNull().When(x => x.ScopeKind == ReportScopeKinds.Session).WithMessage(_ => n["Validation_SessionRequired"]);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null && x.ScopeKind == ReportScopeKinds.Filters)
            .WithMessage(_ => n["Validation_PeriodOrder"]);
    }
}

public sealed record ReportFormViewModel(ReportInput Input, IReadOnlyList<SessionOption> Sessions, IReadOnlyList<ReportJobView> Recent);

public sealed record ReportStatusViewModel(ReportJobView Job, string? SessionTitle);

/// <summary>JSON polled by the status page's script.</summary>
public sealed record ReportStatusJson(string Status, int Progress, bool Finished, string Message, string? DownloadUrl, string? PrintUrl);
