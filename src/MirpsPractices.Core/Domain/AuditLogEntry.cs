namespace MirpsPractices.Core.Domain;

/// <summary>A security or content event: sign-in, failed sign-in, lockout, role change, authorization failure, edits.</summary>
public class AuditLogEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string EventType { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? IpAddress { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? Details { get; set; }
}

/// <summary>Remembers a processed form submission so a double click or a browser retry creates nothing twice.</summary>
public class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? ResultLocation { get; set; }
}
