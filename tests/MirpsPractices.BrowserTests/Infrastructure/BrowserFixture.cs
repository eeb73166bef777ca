using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Microsoft.AspNetCore.Identity;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Notifications;
using MirpsPractices.Web.Security;

namespace MirpsPractices.BrowserTests.Infrastructure;

/// <summary>The real app on Kestrel (loopback, free port) with seeded demo data, driven by Debian's Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "correct horse battery staple for browsers";
    /// <summary>Test-only authenticator key of the demo Moderator and Administrator (two-factor is required for them).</summary>
    public const string DemoAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "mirps-browser-tests", $"{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Every e-mail the app sends, so a test can follow an invitation or reset link.</summary>
    public CapturingEmailSender Emails { get; } = new();

    public static string ArtifactsDirectory
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("MIRPS_TEST_ARTIFACTS")
                ?? Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databasePath}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Demo:Password", DemoPassword);
            builder.UseSetting("Demo:AuthenticatorKey", DemoAuthenticatorKey);
            builder.UseSetting("Demo:PrintCredentials", "false");
            builder.UseSetting("Security:SecureCookies", "false");
            builder.UseSetting("RateLimits:SignInPerMinute", "1000");
            builder.UseSetting("Serilog:WriteTo:1:Name", "Console");
            // The reminder job would mail the sample data's stale commitment at start; its own tests switch it on.
            builder.UseSetting("Commitments:RemindersEnabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(Emails));
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page that records console errors and page errors.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(string locale = "es-ES")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, BaseURL = BaseUrl });
        // The integration tests run beside these on the same (often 2) cores: once in a CI run a navigation outlasted
        // Playwright's default 30 s. A page that never loads still fails, after a minute.
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (context, page, errors);
    }

    public async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#Email", $"{role.ToLowerInvariant()}@demo.mirps.example");
        await page.FillAsync("#Password", DemoPassword);
        await page.ClickAsync("form[action='/account/signin'] button[type=submit]");
        await page.WaitForAddressAsync(url => !url.Contains("/account/signin?", StringComparison.Ordinal) && !url.EndsWith("/account/signin", StringComparison.Ordinal));
        if (page.Url.Contains("/account/signin-2fa", StringComparison.Ordinal))
        {
            // Each code is accepted once per account: hold the gate until this one is used, and take the next unused step.
            await SignInGate.WaitAsync();
            try
            {
                await page.FillAsync("#Code", await NextCodeAsync($"{role.ToLowerInvariant()}@demo.mirps.example"));
                await page.ClickAsync("form[action='/account/signin-2fa'] button[type=submit]");
                await page.WaitForAddressAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
            }
            finally
            {
                SignInGate.Release();
            }
        }
    }

    private static readonly SemaphoreSlim SignInGate = new(1, 1);

    /// <summary>
    /// The code for the step after the last one the app accepted for <paramref name="email"/> (one step back at the earliest);
    /// when the app's drift window is used up, the account's replay record is forgotten instead of waiting for the clock.
    /// </summary>
    private async Task<string> NextCodeAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = now - 1;
        if (await users.FindByEmailAsync(email) is { } user
            && long.TryParse(await users.GetAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.LoginProvider, SingleUseAuthenticatorTokenProvider.LastStepTokenName), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var last)
            && last >= step)
        {
            step = last + 1;
            if (step > now + 2)
            {
                await users.RemoveAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.LoginProvider, SingleUseAuthenticatorTokenProvider.LastStepTokenName);
                step = now;
            }
        }
        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoAuthenticatorKey)).ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * 30));
    }

    /// <summary>The current authenticator-app code for a Base32 key, as the user's phone would show it.</summary>
    public static string TotpCode(string base32Key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
