namespace MirpsPractices.Core.Notifications;

/// <summary>Configuration section "Email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"Smtp" or "Pickup" (writes .eml files to PickupDirectory; the Development default).</summary>
    public string Mode { get; set; } = "Pickup";
    public string From { get; set; } = "MirpsPractices <no-reply@mirps.example>";
    public string PickupDirectory { get; set; } = "App_Data/mail";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpEnableSsl { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Absolute base URL used in links inside e-mails, e.g. https://practicas.mirps.example.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
