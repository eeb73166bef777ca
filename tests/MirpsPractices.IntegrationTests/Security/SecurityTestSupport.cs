using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public static class SecurityTestSupport
{
    public const string Password = "a long passphrase nobody would guess";

    /// <summary>Creates an account with a password and roles (no two-factor), for tests that change or break it.</summary>
    public static async Task<string> CreateUserAsync(this PortalFactory factory, string email, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAtUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Code)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }
        return user.Id;
    }

    /// <summary>Creates an account as <see cref="CreateUserAsync"/> does, with two-factor on (the demo authenticator key).</summary>
    public static async Task<string> CreateUserWithTwoFactorAsync(this PortalFactory factory, string email, params string[] roles)
    {
        var userId = await factory.CreateUserAsync(email, roles);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await users.EnableDemoTwoFactorAsync((await users.FindByIdAsync(userId))!);
        return userId;
    }

    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string email, string password = Password)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInWithEmailAsync(email, password, authenticatorKey: null);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpClient> SignedInAsRoleAsync(this PortalFactory factory, string role)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(role);
        return client;
    }

    /// <summary>Posts a form with the antiforgery token of a page the client can open (its own account page by default).</summary>
    public static Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> fields, string tokenPage = "/account/manage") =>
        client.PostFormAsync(tokenPage, action, fields);

    public static bool IsRedirectTo(this HttpResponseMessage response, string path) =>
        HttpStatus.IsRedirect(response.StatusCode)
        && (response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString.Split('?')[0]) == path;
}
