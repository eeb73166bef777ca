using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Web.Commands;

/// <summary>
/// Operations commands run through the web project: `dotnet run --project src/MirpsPractices.Web -- &lt;command&gt;`.
///   migrate                                   apply pending migrations to the configured database
///   create-admin --email E [--name N]         create the first Administrator; the password comes from
///                                             MIRPS_ADMIN_PASSWORD or is read from the prompt
///   backup &lt;file&gt; / restore &lt;file&gt; [--to &lt;db&gt;]  SQLite online backup and offline restore (<see cref="BackupCommands"/>)
/// </summary>
public static class PortalCommands
{
    private static readonly Dictionary<string, Func<WebApplication, string[], Task<int>>> Commands = new()
    {
        ["migrate"] = MigrateAsync,
        ["create-admin"] = CreateAdminAsync,
        ["backup"] = BackupCommands.BackupAsync,
        ["restore"] = BackupCommands.RestoreAsync,
    };

    public static void Register(string name, Func<WebApplication, string[], Task<int>> command) => Commands[name] = command;

    public static bool IsCommand(string name) => Commands.ContainsKey(name);

    public static Task<int> RunAsync(WebApplication app, string[] args) => Commands[args[0]](app, args);

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static async Task<int> MigrateAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
        Console.WriteLine("Database migrated.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <address> [--name <display name>] (password from MIRPS_ADMIN_PASSWORD or the prompt)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("MIRPS_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password (at least 12 characters): ");
            password = ReadHidden();
        }

        await MigrateAsync(app, args);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"An account with the e-mail {email} already exists.");
            return 1;
        }
        var admin = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = Option(args, "--name") ?? email,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(admin, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(admin, Roles.Administrator);
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }
            return 1;
        }
        Console.WriteLine($"Administrator {email} created.");
        return 0;
    }

    private static string ReadHidden()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
