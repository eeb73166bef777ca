using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Administration;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Admin;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>The administration's dashboard, the read-only reference lists and the audit log.</summary>
[Route("admin")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminController(AdministrationQueries queries, ReferenceLabels labels, IStringLocalizer<AdminResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var figures = await queries.GetFiguresAsync(cancellationToken);
        var recent = await queries.RecentAuditAsync(10, cancellationToken);
        return View(new DashboardViewModel(figures, recent));
    }

    [HttpGet("reference")]
    public async Task<IActionResult> Reference(CancellationToken cancellationToken)
    {
        var countries = await queries.CountryCodesAsync(cancellationToken);
        var lists = new List<ReferenceList>
        {
            List("Reference_Countries", countries.Select(c => Row(c, () => labels.Country(c)))),
            Enum<ActorType>("Reference_ActorTypes"),
            Enum<StrategyArea>("Reference_StrategyAreas"),
            Enum<Population>("Reference_Populations"),
            Enum<CoordinationMechanism>("Reference_Mechanisms"),
            Enum<ParticipationRole>("Reference_ParticipationRoles"),
            Enum<ImplementationStatus>("Reference_ImplementationStatuses"),
            Enum<GoodPracticeCriterion>("Reference_Criteria"),
            Enum<PracticeState>("Reference_PracticeStates"),
            Enum<RecommendationLevel>("Reference_RecommendationLevels"),
            Enum<CommitmentStatus>("Reference_CommitmentStatuses"),
            List("Reference_Roles", Roles.All.Select(r => Row(r, () => labels.Role(r)))),
        };
        return View(new ReferenceViewModel(lists));
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(string? type, int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await queries.GetAuditAsync(type, page, cancellationToken);
        return View(new AuditViewModel(result, type));
    }

    private ReferenceList Enum<TEnum>(string titleKey) where TEnum : struct, Enum =>
        List(titleKey, System.Enum.GetValues<TEnum>().Select(v => Row(v.ToString(), () => labels.For(v))));

    private ReferenceList List(string titleKey, IEnumerable<ReferenceRow> rows) => new(localizer[titleKey], rows.ToList());

    private static ReferenceRow Row(string code, Func<string> label) =>
        new(code, CultureScope.In(PortalCultures.Spanish, label), CultureScope.In(PortalCultures.English, label));
}
