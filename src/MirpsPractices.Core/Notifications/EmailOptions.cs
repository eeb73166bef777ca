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

    /// <summary>
    /// Encrypt the connection: with true, port 465 means TLS from the first byte and any other port STARTTLS (refused if the
    /// server does not offer it); false sends in clear text (a relay on loopback only).
    /// </summary>
    public bool SmtpEnableSsl { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>How long to wait for the SMTP server on each operation.</summary>
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>Absolute base URL used in links inside e-mails, e.g. https://practicas.mirps.example.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
