namespace MirpsPractices.Core.Domain;

/// <summary>
/// A spreadsheet a moderator uploaded to import practices (issue 15). The file, the column mapping, the state and the
/// progress live in the database, so any instance can show the preview and the progress whichever instance runs the import.
/// Nothing is created from it until the moderator confirms (<see cref="ImportBatchStatus.Queued"/>).
/// </summary>
public class ImportBatch
{
    public Guid Id { get; set; }
    public required string UploadedById { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }

    /// <summary>"csv" or "xlsx", from the checked signature.</summary>
    public required string Kind { get; set; }

    /// <summary>Column index → field key, serialised; an index left out is ignored.</summary>
    public string MappingJson { get; set; } = "{}";

    /// <summary>
    /// The team member (a participant) the imported drafts belong to, chosen by the moderator on confirming: they see them
    /// under "My practices" and can edit and submit them. A row's own owner e-mail column, when mapped, takes precedence.
    /// </summary>
    public string? OwnerId { get; set; }

    /// <summary>
    /// "Import as published": each created draft is submitted and published through the moderation review with the batch's
    /// <see cref="PublicationAssessmentJson"/>; false (the default) leaves the drafts to their owner.
    /// </summary>
    public bool PublishOnImport { get; set; }

    /// <summary>The moderator's criteria and safeguarding assessment for the whole batch (serialised), when published on import.</summary>
    public string? PublicationAssessmentJson { get; set; }
    public ImportBatchStatus Status { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int CreatedRows { get; set; }
    public int SkippedRows { get; set; }
    public int FailedRows { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public List<ImportRowFailure> Failures { get; set; } = [];

    public bool IsFinished => Status is ImportBatchStatus.Completed or ImportBatchStatus.Failed;
}

public enum ImportBatchStatus
{
    /// <summary>Uploaded; the moderator maps columns and looks at the preview. Nothing is saved yet.</summary>
    Mapping,
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A row the import could not create, with the reasons (field keys and problem kinds, localized when shown).</summary>
public class ImportRowFailure
{
    public int Id { get; set; }
    public Guid BatchId { get; set; }
    public int Row { get; set; }
    public required string Title { get; set; }

    /// <summary>"Field:Kind:Value" lines.</summary>
    public required string Reasons { get; set; }
}

/// <summary>Which field a moderator mapped a column header to, remembered for the next file (per moderator).</summary>
public class ImportColumnMapping
{
    public required string UserId { get; set; }

    /// <summary>The header, normalised (no accents, case or punctuation).</summary>
    public required string Header { get; set; }

    /// <summary>A field key, or "" for a column the moderator chose to ignore.</summary>
    public required string FieldKey { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
