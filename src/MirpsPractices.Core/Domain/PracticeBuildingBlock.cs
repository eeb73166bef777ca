namespace MirpsPractices.Core.Domain;

/// <summary>
/// A part of a practice that another team can take and adapt on its own (a "building block", as IUCN PANORAMA calls it):
/// e.g. "municipal job-matching desk", "employer recognition seal". A practice lists one to six; they are entered, reviewed
/// and published with it, and public only while it is.
/// </summary>
public class PracticeBuildingBlock
{
    public const int MaxPerPractice = 6;

    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }

    /// <summary>1-based order in the practice; rows are matched by it on save so a block keeps its id (and its public URL).</summary>
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string EnablingFactors { get; set; } = "";
    public string TransferConditions { get; set; } = "";

    /// <summary>The actor types that carry the block, as their codes separated by spaces (no code contains another).</summary>
    public string ActorTypeCodes { get; set; } = "";

    public IReadOnlyList<ActorType> ActorTypes => ParseActorTypes(ActorTypeCodes);

    public static string FormatActorTypes(IEnumerable<ActorType> types) =>
        string.Join(' ', types.Distinct().Order().Select(t => t.ToString()));

    public static IReadOnlyList<ActorType> ParseActorTypes(string? codes) =>
        [.. (codes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => Enum.TryParse<ActorType>(c, out var t) && Enum.IsDefined(t) ? t : (ActorType?)null)
            .OfType<ActorType>().Distinct().Order()];
}
