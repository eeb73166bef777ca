using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using QRCoder;

namespace MirpsPractices.Web.Security;

/// <summary>
/// The authenticator set-up link as a QR code in inline SVG. Drawn as one path of dark modules on a light square with
/// presentation attributes only (no style attribute or element, no script), so the CSP's style-src 'self' allows it; CSS sizes it.
/// </summary>
public static class AuthenticatorQrCode
{
    // Like the views' encoder: accented letters stay readable, markup characters are escaped.
    private static readonly HtmlEncoder TitleEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Svg(string otpauthUri, string accessibleName)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the quiet zone around the symbol
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            var x = 0;
            while (x < size)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }
                // A run of dark modules in a row is one rectangle.
                var start = x;
                while (x < size && row[x])
                {
                    x++;
                }
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }
        var name = TitleEncoder.Encode(accessibleName);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-labelledby=\"qr-code-title\" shape-rendering=\"crispEdges\">"
            + $"<title id=\"qr-code-title\">{name}</title>"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}
