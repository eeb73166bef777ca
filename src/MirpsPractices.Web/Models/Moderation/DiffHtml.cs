using Microsoft.AspNetCore.Html;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Web.Models.Moderation;

public static class DiffHtml
{
    /// <summary>
    /// The segments as one run of HTML: added text in &lt;ins&gt;, removed text in &lt;del&gt;, each with a visually hidden
    /// label for screen readers. The submitter's text is encoded; no whitespace is added, as the text is shown pre-wrapped.
    /// </summary>
    public static IHtmlContent Render(IReadOnlyList<DiffSegment> segments, string addedLabel, string removedLabel)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            var tag = segment.Kind switch { DiffKind.Added => "ins", DiffKind.Removed => "del", _ => null };
            if (tag is null)
            {
                html.Append(segment.Text);
                continue;
            }
            html.AppendHtml($"<{tag}><span class=\"visually-hidden\">[")
                .Append(segment.Kind == DiffKind.Added ? addedLabel : removedLabel)
                .AppendHtml("] </span>").Append(segment.Text).AppendHtml($"</{tag}>");
        }
        return html;
    }
}
