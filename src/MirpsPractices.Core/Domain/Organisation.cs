namespace MirpsPractices.Core.Domain;

public class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public ActorType ActorType { get; set; }
    public required string CountryCode { get; set; }
    public bool IsDialogueMechanismMember { get; set; }
    public string? Website { get; set; }

    /// <summary>Organisations proposed by submitters stay unapproved until a moderator or administrator approves them.</summary>
    public bool IsApproved { get; set; } = true;
    public string? ProposedByUserId { get; set; }

    /// <summary>Set when an administrator merged this duplicate into another organisation.</summary>
    public int? MergedIntoId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
