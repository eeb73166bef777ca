namespace MirpsPractices.Core.Domain;

/// <summary>A moderators' call inviting submissions on a theme.</summary>
public class CallForPractices : IHasConcurrencyStamp
{
    public int Id { get; set; }
    public string Theme { get; set; } = "";
    public string Description { get; set; } = "";
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public List<string> CountryCodes { get; set; } = [];
    public DateOnly Deadline { get; set; }
    public int? SessionId { get; set; }
    public required string CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
