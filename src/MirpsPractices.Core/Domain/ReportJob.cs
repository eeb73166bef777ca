namespace MirpsPractices.Core.Domain;

/// <summary>
/// A systematisation report generated in the background. State and the produced file live in the database,
/// so any instance can show progress and serve the file, whichever instance generated it.
/// </summary>
public class ReportJob
{
    public Guid Id { get; set; }
    public required string RequestedById { get; set; }

    /// <summary>The scope the user picked, serialised (countries, strategy areas, period or one session).</summary>
    public string ScopeJson { get; set; } = "{}";

    /// <summary>UI language of the report ("es" or "en"): labels follow it, practice content stays as written.</summary>
    public string Culture { get; set; } = RecordLanguages.Spanish;
    public ReportJobStatus Status { get; set; }
    public int Progress { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? FileName { get; set; }
    public byte[]? Content { get; set; }
    public string? Error { get; set; }
}

public enum ReportJobStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
