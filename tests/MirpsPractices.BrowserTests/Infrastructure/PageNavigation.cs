using Microsoft.Playwright;

namespace MirpsPractices.BrowserTests.Infrastructure;

/// <summary>
/// Waiting for the page a click or a form submission leads to. Playwright's WaitForURLAsync ends by waiting for the
/// "load" event: in two CI runs, with the integration tests loading both cores, that wait hung for its whole timeout
/// although the page had loaded (its log showed "networkidle" fired, "load" never reached the client). Here the address is
/// polled and then the document itself is asked whether it is parsed, which needs no event to arrive.
/// </summary>
public static class PageNavigation
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> matches)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!matches(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url} for {Timeout.TotalSeconds} s.");
            }
            await Task.Delay(50);
        }
        // Polled with plain evaluations: WaitForFunctionAsync compiles its predicate inside the page, which the portal's CSP
        // (no 'unsafe-eval') refused once on a page restored by "back".
        while (!await IsParsedAsync(page))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page at {page.Url} was still loading after {Timeout.TotalSeconds} s.");
            }
            await Task.Delay(50);
        }
    }

    private static async Task<bool> IsParsedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("document.readyState") != "loading";
        }
        catch (PlaywrightException)
        {
            // The document was replaced while it was being asked (a navigation still under way): ask the next one.
            return false;
        }
    }

    public static async Task GoBackToAsync(this IPage page, string address)
    {
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForAddressAsync(url => url == address);
    }
}
