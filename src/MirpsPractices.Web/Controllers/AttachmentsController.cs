using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MirpsPractices.Core.Features.Attachments;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Authorization;

namespace MirpsPractices.Web.Controllers;

/// <summary>Downloads of attachments: public for a published practice, otherwise for its owner and moderators.</summary>
[AllowAnonymous]
public sealed class AttachmentsController(IAuthorizationService authorization, PracticeQueries queries, AttachmentService attachments)
    : WorkflowControllerBase(authorization, queries)
{
    [HttpGet("/practices/{id:int}/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Download(int id, int attachmentId, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.View, cancellationToken) is null)
        {
            return NotFound();
        }
        var file = await attachments.ReadAsync(id, attachmentId, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }
        // Always a download, never rendered inline: a crafted file cannot run in the portal's origin.
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
