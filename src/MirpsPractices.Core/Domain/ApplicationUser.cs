using Microsoft.AspNetCore.Identity;

namespace MirpsPractices.Core.Domain;

public class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool IsDeactivated { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The language (<see cref="RecordLanguages"/>) the portal's e-mails to this person are written in.</summary>
    public string PreferredLanguage { get; set; } = RecordLanguages.Spanish;
}
