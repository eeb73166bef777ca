using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using MirpsPractices.Core.Data;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The Data Protection key ring lives in the database, so every instance reads the same keys. With
/// <c>DataProtection:CertificatePath</c> set, each key is encrypted with that certificate before it is stored, so whoever
/// can read the database still cannot forge sign-in cookies or antiforgery tokens. Certificates of earlier rotations go in
/// <c>DataProtection:PreviousCertificatePaths</c> so keys written under them can still be read.
/// </summary>
public static class DataProtectionRegistration
{
    public const string ApplicationName = "MirpsPractices";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .PersistKeysToDbContext<AppDbContext>()
            .SetApplicationName(ApplicationName);
        var section = configuration.GetSection("DataProtection");
        var certificatePath = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(certificatePath))
        {
            return services;
        }
        var password = section["CertificatePassword"];
        var current = Load(certificatePath, password);
        var previous = section.GetSection("PreviousCertificatePaths").Get<string[]>() ?? [];
        builder.ProtectKeysWithCertificate(current)
            .UnprotectKeysWithAnyCertificate([current, .. previous.Select(path => Load(path, password))]);
        return services;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The Data Protection certificate {path} has no private key; it cannot decrypt the key ring.");
        }
        return certificate;
    }
}
