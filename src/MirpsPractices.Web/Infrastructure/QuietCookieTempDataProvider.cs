using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The cookie temp-data provider, minus one side effect: saving empty temp data when the request brought no temp-data
/// cookie writes nothing. The stock provider answers with an expired Set-Cookie, which is harmless to a browser but marks
/// every page that reads TempData (the layout does) as not cacheable for anonymous readers.
/// </summary>
public sealed class QuietCookieTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var nothingToWrite = values is null || values.Count == 0;
        var cookieName = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
        if (nothingToWrite && !context.Request.Cookies.ContainsKey(cookieName))
        {
            return;
        }
        inner.SaveTempData(context, values!);
    }
}
