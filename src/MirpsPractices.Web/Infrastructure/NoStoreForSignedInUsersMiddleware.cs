namespace MirpsPractices.Web.Infrastructure;

/// <summary>Pages shown to a signed-in user may hold personal data: browsers and proxies must not keep them.</summary>
public sealed class NoStoreForSignedInUsersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
