using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Notifications;

namespace MirpsPractices.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real, private SQLite file, with the demo accounts and sample catalogue seeded.
/// Environment "Testing" behaves like Production (error pages, no developer exception page).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>Test-only password of the demo accounts in this throwaway database.</summary>
    public const string DemoPassword = "correct horse battery staple for tests";

    /// <summary>Test-only authenticator key of the demo Moderator and Administrator (two-factor is required for them).</summary>
    public const string DemoAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public PortalFactory()
        : this(null)
    {
    }

    /// <summary>Several factories given the same <paramref name="databasePath"/> are several instances of the app on one database.</summary>
    protected PortalFactory(string? databasePath)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), "mirps-tests", $"{Guid.NewGuid():N}.db");
    }

    public string DatabasePath { get; }

    /// <summary>Every e-mail the app sends (invitations, reset links), instead of the pickup folder.</summary>
    public CapturingEmailSender Emails { get; } = new();

    /// <summary>Override to replace services (a clock, a log sink…) after the app registered its own.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected virtual string EnvironmentName => "Testing";

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        builder.UseEnvironment(EnvironmentName);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
            ["Database:Provider"] = "Sqlite",
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = DemoPassword,
            ["Demo:AuthenticatorKey"] = DemoAuthenticatorKey,
            ["Demo:PrintCredentials"] = "false",
            ["Security:SecureCookies"] = "false",
            ["RateLimits:SignInPerMinute"] = "1000",
            ["RateLimits:PasswordResetPerMinute"] = "1000",
            ["RateLimits:SubmissionsPerMinute"] = "10000",
            ["Serilog:WriteTo:1:Name"] = "Console",
            // The reminder job would mail the sample data's stale commitment at start; its own tests switch it on.
            ["Commitments:RemindersEnabled"] = "false",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IEmailSender>(Emails);
            ConfigureTestServices(services);
        });
        // Host settings are visible to Program.cs before Build() and win over appsettings*.json.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        // Lets the sign-in helper pick an authenticator code this app has not accepted yet.
        AuthenticatorCodes.Register(client, Services);
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db);
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // A pooled connection may still hold the file for a moment; the temp folder is disposable.
            }
        }
    }
}

public static class HttpStatus
{
    public static bool IsRedirect(HttpStatusCode code) => (int)code is >= 300 and < 400;
}
