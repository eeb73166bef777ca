namespace MirpsPractices.Core.Domain;

/// <summary>A MIRPS country, identified by its ISO 3166-1 alpha-2 code.</summary>
public class Country
{
    public static readonly IReadOnlyList<string> MirpsCodes = ["BZ", "CR", "SV", "GT", "HN", "MX", "PA"];

    public required string Code { get; set; }
    public int SortOrder { get; set; }
}
