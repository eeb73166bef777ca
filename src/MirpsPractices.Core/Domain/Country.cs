namespace MirpsPractices.Core.Domain;

/// <summary>A MIRPS country, identified by its ISO 3166-1 alpha-2 code.</summary>
public class Country
{
    public static readonly IReadOnlyList<string> MirpsCodes = ["BZ", "CR", "SV", "GT", "HN", "MX", "PA"];

    /// <summary>Where <paramref name="code"/> stands in <see cref="MirpsCodes"/>, the order countries are listed in (-1 when not a MIRPS country).</summary>
    public static int MirpsOrder(string code)
    {
        for (var i = 0; i < MirpsCodes.Count; i++)
        {
            if (MirpsCodes[i] == code)
            {
                return i;
            }
        }
        return -1;
    }

    public required string Code { get; set; }
    public int SortOrder { get; set; }
}
