namespace MirpsPractices.Core.Domain;

/// <summary>Snapshot of the content of a practice as submitted; every submitted version is kept.</summary>
public class PracticeVersion
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public int Number { get; set; }
    public required string SubmittedById { get; set; }
    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>JSON of the practice content, so a later version can be diffed against it.</summary>
    public string ContentJson { get; set; } = "{}";
}

/// <summary>A moderator's comment on one field (FieldName) or on the whole practice (FieldName null).</summary>
public class PracticeReviewComment
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public int VersionNumber { get; set; }
    public string? FieldName { get; set; }
    public string Text { get; set; } = "";
    public required string AuthorId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? Answer { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }
}

/// <summary>The safeguarding check a moderator records before publication.</summary>
public class PracticeSafeguardingCheck
{
    public int PracticeId { get; set; }
    public bool NoPersonalDataOfDisplacedPeople { get; set; }
    public bool ConsentForPhotosOfPeople { get; set; }
    public string? Note { get; set; }
    public required string CheckedById { get; set; }
    public DateTime CheckedAtUtc { get; set; }
}

public class PracticeAttachment
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }

    /// <summary>Key in the attachment store (the database store by default).</summary>
    public string StorageKey { get; set; } = "";
    public required string UploadedById { get; set; }
    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>Bytes of an attachment in the default database store, apart from the metadata so lists stay light.</summary>
public class StoredFile
{
    public required string Key { get; set; }
    public required byte[] Content { get; set; }
}
