using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Catalogue;
using MirpsPractices.Web.OpenData;

namespace MirpsPractices.Web.Controllers;

/// <summary>A published practice's page, at a stable URL whose slug part is corrected by a permanent redirect.</summary>
[AllowAnonymous]
public sealed class PracticesController(PracticeRecords records, IAuthorizationService authorization, TranslationService translations, MirpsPractices.Core.Features.Commitments.RecommendationChain chain) : Controller
{
    [HttpGet("/practices/{id:int}/{slug?}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Details(int id, string? slug, string? original, CancellationToken cancellationToken)
    {
        // Moderators may read a practice in any state here; everyone else gets a 404 for anything not public.
        var moderator = User.Identity?.IsAuthenticated == true
            && (await authorization.AuthorizeAsync(User, Policies.Moderator)).Succeeded;
        var details = await records.DetailsAsync(id, includeUnpublished: moderator, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }
        var canonical = PracticeLinks.Practice(id, details.Record.Slug);
        if (!string.Equals(slug ?? "", details.Record.Slug, StringComparison.Ordinal))
        {
            // The query string goes along (?culture=en, ?original=1); the path is ours, so this is no open redirect.
            return RedirectPermanent(canonical + Request.QueryString);
        }
        // The reader's language when a reviewed translation into it exists (issue 12); ?original=1 shows the original.
        // The output cache varies by UI language and query string, and a review evicts it.
        var reviewed = details.Record.Language == PortalCultures.Current ? null
            : await translations.ReviewedAsync(TranslatedRecordType.Practice, id, PortalCultures.Current, cancellationToken);
        var model = new PracticeViewModel(details, PracticeLinks.Base(Request) + canonical);
        if (reviewed is not null)
        {
            model = original is "1" or "true"
                ? model with { Translation = new PracticeTranslationNote(false, details.Record.Language, canonical, reviewed.IsOutdated) }
                : new PracticeViewModel(TranslatedRecords.Apply(details, reviewed), model.CanonicalUrl)
                {
                    Translation = new PracticeTranslationNote(true, details.Record.Language, canonical + "?original=1", reviewed.IsOutdated),
                };
        }
        return View(model with { LedTo = await chain.LedToAsync(id, cancellationToken) });
    }
}

[AllowAnonymous]
public sealed class RecommendationsController(PublicDirectory directory, TranslationService translations, MirpsPractices.Core.Features.Commitments.RecommendationChain chain) : Controller
{
    /// <summary>
    /// Joint recommendations, each in the reader's language when a reviewed translation into it exists (issue 12), with the
    /// note and a link to the original (<c>?original=1</c> shows every recommendation as written).
    /// </summary>
    [HttpGet("/recommendations")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(string? original, CancellationToken cancellationToken)
    {
        var recommendations = await directory.JointRecommendationsAsync(cancellationToken);
        var reader = PortalCultures.Current;
        var reviewed = await translations.ReviewedAsync(TranslatedRecordType.Recommendation,
            recommendations.Where(r => r.Language != reader).Select(r => r.Id).ToList(), reader, cancellationToken);
        var showOriginal = original is "1" or "true";
        var items = recommendations.Select(r => !reviewed.TryGetValue(r.Id, out var t)
                ? new RecommendationItem(r, null)
                : showOriginal
                    ? new RecommendationItem(r, new PracticeTranslationNote(false, r.Language, $"/recommendations#rec-{r.Id}", t.IsOutdated))
                    : new RecommendationItem(TranslatedRecords.Apply(r, t), new PracticeTranslationNote(true, r.Language, $"/recommendations?original=1#rec-{r.Id}", t.IsOutdated)))
            .ToList();
        var timelines = await chain.TimelinesAsync([.. recommendations.Select(r => r.Id)], cancellationToken);
        return View(new RecommendationsViewModel(items, timelines));
    }
}

[AllowAnonymous]
public sealed class OrganisationsController(PublicDirectory directory) : Controller
{
    [HttpGet("/organisations")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(string? country, string? actor, int? page, CancellationToken cancellationToken)
    {
        var code = country?.ToUpperInvariant();
        code = code is not null && Country.MirpsCodes.Contains(code) ? code : null;
        ActorType? type = Enum.GetNames<ActorType>().FirstOrDefault(n => string.Equals(n, actor, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ActorType>(name)
            : null;
        var model = new OrganisationsViewModel(await directory.OrganisationsAsync(code, type, page ?? 1, cancellationToken));
        return model.LastPageUrlIfPastTheEnd is { } last ? Redirect(last) : View(model);
    }

    [HttpGet("/organisations/{id:int}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var profile = await directory.OrganisationAsync(id, cancellationToken);
        return profile is null ? NotFound() : View(new OrganisationViewModel(profile));
    }
}

[AllowAnonymous]
public sealed class StatisticsController(CatalogueStatistics statistics) : Controller
{
    [HttpGet("/statistics")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new StatisticsViewModel(await statistics.GetAsync(cancellationToken)));

    /// <summary>The map's second level: a country's subnational areas shaded by published practices (issue 13, item 5).</summary>
    [HttpGet("/statistics/{country}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Country(string country, CancellationToken cancellationToken)
    {
        var code = country.ToUpperInvariant();
        if (!Core.Domain.Country.MirpsCodes.Contains(code) || !SubnationalMap.Instance.Countries.ContainsKey(code))
        {
            return NotFound();
        }
        return View(new SubnationalStatisticsViewModel(await statistics.SubnationalAsync(code, cancellationToken)));
    }
}
