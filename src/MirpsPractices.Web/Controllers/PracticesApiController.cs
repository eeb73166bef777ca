using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Catalogue;
using MirpsPractices.Web.OpenData;

namespace MirpsPractices.Web.Controllers;

/// <summary>Read-only open-data API over the published catalogue; described at /openapi/v1.json.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/v1")]
[Produces("application/json")]
public sealed class PracticesApiController(PracticeRecords records, IServiceProvider services) : ControllerBase
{
    public static readonly IReadOnlyList<string> ReferenceLists =
        ["countries", "strategy-areas", "actor-types", "populations", "coordination-mechanisms", "implementation-statuses", "criteria", "participation-roles"];

    /// <summary>Published practices, with the catalogue's filters (q, country, area, actor, population, mechanism, status, year, sort) and paging.</summary>
    [HttpGet("practices")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    [ProducesResponseType<PracticeListDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PracticeListDto>> List([FromQuery] CatalogueInputModel input, CancellationToken cancellationToken)
    {
        var query = input.ToQuery();
        var (total, items) = await records.PageAsync(query, cancellationToken);
        var baseUrl = PracticeLinks.Base(Request);
        var pageCount = total == 0 ? 0 : (total + query.PageSize - 1) / query.PageSize;
        string? Link(int page) => baseUrl + "/api/v1/practices" + CatalogueUrls.QueryString(query, page: page);
        return new PracticeListDto(total, query.Page, query.PageSize, pageCount,
            query.Page < pageCount ? Link(query.Page + 1) : null,
            query.Page > 1 ? Link(query.Page - 1) : null,
            items.Select(r => PracticeDto.From(r, baseUrl)).ToList());
    }

    /// <summary>Every public section of one published practice.</summary>
    [HttpGet("practices/{id:int}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    [ProducesResponseType<PracticeDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<PracticeDetailDto>> Get(int id, CancellationToken cancellationToken)
    {
        var details = await records.DetailsAsync(id, includeUnpublished: false, cancellationToken);
        if (details is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound);
        }
        // Both languages (issue 12): the original's sections, and the reviewed translation when there is one.
        details = details with { Record = details.Record with { Translation = await records.TranslationAsync(id, cancellationToken) } };
        return PracticeDetailDto.From(details, PracticeLinks.Base(Request));
    }

    /// <summary>A reference list: codes with their Spanish and English labels.</summary>
    /// <param name="list">countries, strategy-areas, actor-types, populations, coordination-mechanisms, implementation-statuses, criteria or participation-roles.</param>
    [HttpGet("reference/{list}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    [ProducesResponseType<IReadOnlyList<ReferenceValueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public ActionResult<IReadOnlyList<ReferenceValueDto>> Reference(string list)
    {
        Func<ReferenceLabels, IReadOnlyList<(string Code, string Label)>>? values = list switch
        {
            "countries" => l => Country.MirpsCodes.Select(c => (c, l.Country(c))).ToList(),
            "strategy-areas" => Codes<StrategyArea>,
            "actor-types" => Codes<ActorType>,
            "populations" => Codes<Population>,
            "coordination-mechanisms" => Codes<CoordinationMechanism>,
            "implementation-statuses" => Codes<ImplementationStatus>,
            "criteria" => Codes<GoodPracticeCriterion>,
            "participation-roles" => Codes<ParticipationRole>,
            _ => null,
        };
        if (values is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound);
        }
        var spanish = InCulture("es", values);
        var english = InCulture("en", values);
        return spanish.Zip(english, (es, en) => new ReferenceValueDto(es.Code, es.Label, en.Label)).ToList();
    }

    private static List<(string, string)> Codes<TEnum>(ReferenceLabels labels) where TEnum : struct, Enum =>
        labels.All<TEnum>().Select(v => (v.Value.ToString(), v.Label)).ToList();

    private IReadOnlyList<(string Code, string Label)> InCulture(string culture, Func<ReferenceLabels, IReadOnlyList<(string Code, string Label)>> values)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return values(services.GetRequiredService<ReferenceLabels>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
