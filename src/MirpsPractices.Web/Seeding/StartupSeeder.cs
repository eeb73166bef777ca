using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Seeding;

namespace MirpsPractices.Web.Seeding;

/// <summary>
/// Seeds what every installation needs (the roles) and, in Development only, one demo account per role and the sample catalogue.
/// Demo passwords never live in the repository: Demo:Password from configuration, or one generated on first run and kept in App_Data.
/// Moderators and Administrators must use two-factor authentication, demo ones included: their authenticator key is
/// Demo:AuthenticatorKey, or one generated on first run and kept in App_Data, printed at start-up with an otpauth link.
/// </summary>
public static class StartupSeeder
{
    private static readonly Dictionary<string, ActorType> DemoOrganisationType = new()
    {
        [Roles.EmploymentTeam] = ActorType.CentralGovernment,
        [Roles.LocalGovernanceTeam] = ActorType.LocalGovernment,
        [Roles.CivilSociety] = ActorType.CivilSociety,
        [Roles.RefugeeLed] = ActorType.RefugeeLed,
        [Roles.Moderator] = ActorType.InternationalOrganisation,
        [Roles.Administrator] = ActorType.InternationalOrganisation,
    };

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, IWebHostEnvironment environment, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());

        var seedDemo = configuration.GetValue("Demo:Seed", environment.IsDevelopment());
        if (!seedDemo)
        {
            return;
        }
        var password = DemoPassword(configuration, environment);
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var users = await EnsureDemoUsersAsync(userManager, password);
        var authenticatorKey = DemoAuthenticatorKey(configuration, environment);
        await EnsureDemoStaffTwoFactorAsync(userManager, users, authenticatorKey);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await new SampleDataSeeder(db, clock).SeedAsync(users);
        await AttachDemoUsersToOrganisationsAsync(db, users);
        logger.LogInformation("Development demo accounts and sample data are ready");
        if (configuration.GetValue("Demo:PrintCredentials", true))
        {
            // Printed to the console, never logged: logs must not hold passwords.
            Console.WriteLine("Demo accounts (Development only), password: " + password);
            foreach (var role in Roles.All)
            {
                Console.WriteLine($"  {role,-20} {DemoEmail(role)}");
            }
            Console.WriteLine("Moderator and Administrator sign in with two-factor authentication; authenticator key: " + authenticatorKey);
            Console.WriteLine("  otpauth://totp/MIRPS%20demo?secret=" + authenticatorKey + "&issuer=MIRPS%20demo&digits=6");
        }
    }

    public static string DemoEmail(string role) => $"{role.ToLowerInvariant()}@demo.mirps.example";

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static string DemoPassword(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Demo:Password"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var file = Path.Combine(environment.ContentRootPath, "App_Data", "demo-password.txt");
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }
        var generated = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, generated);
        return generated;
    }

    private static string DemoAuthenticatorKey(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Demo:AuthenticatorKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        }
        var file = Path.Combine(environment.ContentRootPath, "App_Data", "demo-authenticator-key.txt");
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }
        // 160 random bits in Base32, the form authenticator apps and Identity's authenticator provider expect.
        var generated = Base32(RandomNumberGenerator.GetBytes(20));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, generated);
        return generated;
    }

    private static async Task EnsureDemoStaffTwoFactorAsync(UserManager<ApplicationUser> users, Dictionary<string, string> ids, string key)
    {
        foreach (var role in new[] { Roles.Moderator, Roles.Administrator })
        {
            var user = await users.FindByIdAsync(ids[role]);
            if (user is null || (user.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(user) == key))
            {
                continue;
            }
            // The store's own token slot for the authenticator key (what ResetAuthenticatorKeyAsync writes).
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
    }

    private static string Base32(byte[] data)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new System.Text.StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0)
        {
            output.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }
        return output.ToString();
    }

    private static async Task<Dictionary<string, string>> EnsureDemoUsersAsync(UserManager<ApplicationUser> users, string password)
    {
        var ids = new Dictionary<string, string>();
        foreach (var role in Roles.All)
        {
            var email = DemoEmail(role);
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new ApplicationUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = $"Demo {role}",
                    CreatedAtUtc = DateTime.UtcNow,
                };
                var created = await users.CreateAsync(user, password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join("; ", created.Errors.Select(e => e.Code))}");
                }
                await users.AddToRoleAsync(user, role);
            }
            ids[role] = user.Id;
        }
        return ids;
    }

    private static async Task AttachDemoUsersToOrganisationsAsync(AppDbContext db, Dictionary<string, string> users)
    {
        foreach (var (role, userId) in users)
        {
            var user = await db.Users.AsTracking().SingleAsync(u => u.Id == userId);
            if (user.OrganisationId is not null)
            {
                continue;
            }
            var type = DemoOrganisationType[role];
            user.OrganisationId = await db.Organisations
                .Where(o => o.ActorType == type && o.IsApproved)
                .OrderBy(o => o.Id)
                .Select(o => (int?)o.Id)
                .FirstOrDefaultAsync();
        }
        await db.SaveChangesAsync();
    }
}
