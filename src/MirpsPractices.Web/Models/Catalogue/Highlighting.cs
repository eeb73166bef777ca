using Microsoft.AspNetCore.Html;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.Models.Catalogue;

public static class Highlighting
{
    /// <summary>The text, HTML-encoded, with the words the search matched wrapped in &lt;mark&gt;; nothing of the text is trusted.</summary>
    public static IHtmlContent Highlight(FullTextQuery query, string? text)
    {
        var content = new HtmlContentBuilder();
        foreach (var (part, isMatch) in query.Highlight(text ?? ""))
        {
            if (isMatch)
            {
                content.AppendHtml("<mark>").Append(part).AppendHtml("</mark>");
            }
            else
            {
                content.Append(part);
            }
        }
        return content;
    }
}
