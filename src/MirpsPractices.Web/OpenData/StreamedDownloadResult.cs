using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MirpsPractices.Web.OpenData;

/// <summary>A download written straight to the response as it is produced (exports of thousands of rows), never built whole in memory first.</summary>
public sealed class StreamedDownloadResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
