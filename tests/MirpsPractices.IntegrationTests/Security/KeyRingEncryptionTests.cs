using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Reliability;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>With a certificate configured, the Data Protection keys stored in the database are encrypted with it.</summary>
public sealed class KeyRingEncryptionTests : IDisposable
{
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), "mirps-tests", $"dp-{Guid.NewGuid():N}.pfx");

    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_configured_certificate_and_sign_in_still_works()
    {
        WriteSelfSignedCertificate(_certificatePath, "test-only pfx password");
        await using var factory = new KeyRingFactory(new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = _certificatePath,
            ["DataProtection:CertificatePassword"] = "test-only pfx password",
        });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Roles.CivilSociety)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/manage")).StatusCode);

        var keyXml = (string)(await CrashSafetyTests.ScalarAsync(factory.DatabasePath, "SELECT group_concat(Xml) FROM DataProtectionKeys"))!;
        Assert.Contains("<encryptedSecret", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_certificate_the_key_is_stored_as_plain_xml()
    {
        await using var factory = new KeyRingFactory(new Dictionary<string, string?>());
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Roles.CivilSociety)).StatusCode);

        var keyXml = (string)(await CrashSafetyTests.ScalarAsync(factory.DatabasePath, "SELECT group_concat(Xml) FROM DataProtectionKeys"))!;
        Assert.Contains("<masterKey", keyXml, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_certificatePath);

    private static void WriteSelfSignedCertificate(string path, string password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MirpsPractices Data Protection (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }

    private sealed class KeyRingFactory(IDictionary<string, string?> settings) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => settings;
    }
}
