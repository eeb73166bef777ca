using System.Globalization;
using System.Text;
using MirpsPractices.Core.Data.Configurations;

namespace MirpsPractices.Core.Features.Practices;

public static class Slugs
{
    /// <summary>Lowercase ASCII with hyphens; accents and ñ folded to their base letters.</summary>
    public static string From(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        slug = slug.Length <= FieldLimits.Slug ? slug : slug[..FieldLimits.Slug].TrimEnd('-');
        return slug.Length == 0 ? "practica" : slug;
    }
}
