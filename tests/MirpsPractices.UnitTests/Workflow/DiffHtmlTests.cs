using System.Text.Encodings.Web;
using System.Text.Unicode;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Models.Moderation;

namespace MirpsPractices.UnitTests.Workflow;

/// <summary>The review screen's diff: the submitter's text, encoded, with what changed marked for sight and for screen readers.</summary>
public sealed class DiffHtmlTests
{
    // The app's encoder (LocalizationRegistration): Spanish letters are written as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public void Added_text_is_inserted_removed_text_deleted_and_the_rest_written_plainly()
    {
        var html = Render(
            new DiffSegment(DiffKind.Same, "Se formaron "),
            new DiffSegment(DiffKind.Removed, "120"),
            new DiffSegment(DiffKind.Added, "135"),
            new DiffSegment(DiffKind.Same, " personas en Comitán"));

        Assert.Equal(
            "Se formaron <del><span class=\"visually-hidden\">[quitado] </span>120</del>"
            + "<ins><span class=\"visually-hidden\">[añadido] </span>135</ins> personas en Comitán",
            html);
    }

    [Fact]
    public void Markup_in_the_submitters_text_is_encoded_never_written_as_html()
    {
        var html = Render(
            new DiffSegment(DiffKind.Same, "<b>antes</b> "),
            new DiffSegment(DiffKind.Added, "<script>alert('x')</script>"),
            new DiffSegment(DiffKind.Removed, "a & b"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Equal(
            "&lt;b&gt;antes&lt;/b&gt; <ins><span class=\"visually-hidden\">[añadido] </span>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</ins>"
            + "<del><span class=\"visually-hidden\">[quitado] </span>a &amp; b</del>",
            html);
    }

    [Fact]
    public void Line_breaks_and_spaces_of_the_text_are_kept_and_none_added()
    {
        var html = Render(new DiffSegment(DiffKind.Same, "uno\n  dos"), new DiffSegment(DiffKind.Added, "\ntres"));

        // The encoder writes a line break as a character reference; the browser reads it back as the same line break.
        Assert.Equal("uno&#xA;  dos<ins><span class=\"visually-hidden\">[añadido] </span>&#xA;tres</ins>", html);
    }

    [Fact]
    public void The_labels_are_encoded_too()
    {
        var html = RenderWithLabels("<añadido>", "quitado", new DiffSegment(DiffKind.Added, "x"));

        Assert.Equal("<ins><span class=\"visually-hidden\">[&lt;añadido&gt;] </span>x</ins>", html);
    }

    [Fact]
    public void No_segments_render_nothing() => Assert.Equal("", Render());

    private static string Render(params DiffSegment[] segments) => RenderWithLabels("añadido", "quitado", segments);

    private static string RenderWithLabels(string added, string removed, params DiffSegment[] segments)
    {
        using var writer = new StringWriter();
        DiffHtml.Render(segments, added, removed).WriteTo(writer, Encoder);
        return writer.ToString();
    }
}
