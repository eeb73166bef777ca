using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Network;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// The public commitments dashboard: anonymous like the other public pages, and cached by the same policy (evicted when a
/// commitment or a progress note is saved). An unknown filter value is ignored rather than refused.
/// </summary>
[AllowAnonymous]
public sealed class CommitmentsDashboardController(CommitmentDashboard dashboard) : Controller
{
    [HttpGet("/commitments")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(string? country, string? type, string? stage, CancellationToken ct)
    {
        var code = country?.ToUpperInvariant();
        var filter = new DashboardFilter(
            code is not null && Country.MirpsCodes.Contains(code) ? code : null,
            Parse<ActorType>(type),
            Parse<CommitmentStatus>(stage));
        return View(new CommitmentDashboardViewModel(await dashboard.GetAsync(filter, ct)));
    }

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;
}
