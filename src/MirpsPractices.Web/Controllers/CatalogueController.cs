using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Catalogue;
using MirpsPractices.Web.OpenData;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>The public catalogue: faceted search and the open-data downloads of any view of it.</summary>
[AllowAnonymous]
public sealed class CatalogueController(CatalogueSearch search, PracticeRecords records, ReferenceLabels labels, IStringLocalizer<CatalogueResource> text) : Controller
{
    /// <summary>Exports and feeds stop here; beyond it, the API's paging is the way to the whole catalogue.</summary>
    public const int MaxExportRows = 10_000;
    public const int FeedEntries = 50;

    [HttpGet("/catalogue")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index([FromQuery] CatalogueInputModel input, CancellationToken cancellationToken)
    {
        var page = await search.SearchAsync(input.ToQuery(), cancellationToken);
        // A page past the last one (an old link after practices were withdrawn, a typed URL) goes to the last one.
        return page.Total > 0 && page.Query.Page > page.PageCount
            ? Redirect(CatalogueUrls.Page(page.Query, page.PageCount))
            : View(CatalogueViewModel.Create(page, labels));
    }

    [HttpGet("/catalogue/export.csv")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> ExportCsv([FromQuery] CatalogueInputModel input, [FromQuery] bool hxl, CancellationToken cancellationToken)
    {
        var ids = await records.IdsAsync(input.ToQuery(), MaxExportRows, cancellationToken);
        var baseUrl = PracticeLinks.Base(Request);
        return new StreamedDownloadResult("text/csv; charset=utf-8", "mirps-practices.csv",
            (body, token) => PracticeCsv.WriteAsync(records.StreamAsync(ids, token), baseUrl, hxl, body, token));
    }

    [HttpGet("/catalogue/export.json")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> ExportJson([FromQuery] CatalogueInputModel input, CancellationToken cancellationToken)
    {
        var ids = await records.IdsAsync(input.ToQuery(), MaxExportRows, cancellationToken);
        var baseUrl = PracticeLinks.Base(Request);
        return new StreamedDownloadResult("application/json; charset=utf-8", "mirps-practices.json",
            (body, token) => PracticeJsonExport.WriteAsync(body, DateTime.UtcNow, ids.Count, records.StreamAsync(ids, token), baseUrl, token));
    }

    [HttpGet("/catalogue/feed.atom")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Feed([FromQuery] CatalogueInputModel input, CancellationToken cancellationToken)
    {
        // A feed is about what is new: always newest first, whatever order the page was sorted in.
        var query = input.ToQuery() with { Sort = CatalogueSort.Newest, Page = 1 };
        var rows = await records.RecordsAsync(query, FeedEntries, cancellationToken);
        var baseUrl = PracticeLinks.Base(Request);
        var self = baseUrl + CatalogueUrls.Export(query, "/catalogue/feed.atom");
        var alternate = baseUrl + "/catalogue" + CatalogueUrls.QueryString(query, includeSortAndPage: false);
        var title = query.HasFilters ? text["Feed_TitleFiltered"].Value : text["Feed_Title"].Value;
        var bytes = PracticeAtomFeed.Write(rows, baseUrl, self, alternate, title, text["Feed_Author"].Value, labels);
        return File(bytes, "application/atom+xml; charset=utf-8");
    }
}
