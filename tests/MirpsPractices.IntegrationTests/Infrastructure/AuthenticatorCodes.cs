using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Security;
using OtpNet;

namespace MirpsPractices.IntegrationTests.Infrastructure;

/// <summary>
/// Authenticator codes for signing in. The portal accepts each code once per account (every sign-in needs a later time step
/// than the last one accepted), while tests sign the same staff account in many times a minute. So the code is computed for
/// the step after the last accepted one (read from the app's database, on the app's clock), inside the window the portal
/// accepts; when that window is used up, the helper forgets the account's replay record instead of waiting for the clock.
/// <c>TwoFactorReplayTests</c> prove the record itself.
/// </summary>
public static class AuthenticatorCodes
{
    private const int StepSeconds = 30;
    private static readonly ConditionalWeakTable<HttpClient, IServiceProvider> Apps = new();
    // Held while the code is posted, so two sign-ins of one account never take the same step.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Called for every client a <see cref="PortalFactory"/> creates.</summary>
    public static void Register(HttpClient client, IServiceProvider appServices) => Apps.AddOrUpdate(client, appServices);

    public static async Task<T> WithNextCodeAsync<T>(HttpClient client, string email, string base32Key, Func<string, Task<T>> post)
    {
        if (!Apps.TryGetValue(client, out var services))
        {
            // An app the test can't reach into (a separate process): the current code.
            return await post(TestClientExtensions.TotpCode(base32Key));
        }
        await Gate.WaitAsync();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
            // One step back still has a minute of validity: safe against the clock ticking over during the request.
            var step = now - 1;
            if (await users.FindByEmailAsync(email) is { } user
                && long.TryParse(await users.GetAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.LoginProvider, SingleUseAuthenticatorTokenProvider.LastStepTokenName), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                && last >= step)
            {
                step = last + 1;
                if (step > now + 2)
                {
                    await users.RemoveAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.LoginProvider, SingleUseAuthenticatorTokenProvider.LastStepTokenName);
                    step = now;
                }
            }
            return await post(CodeAt(base32Key, step));
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The code an authenticator app shows during time step <paramref name="step"/> (30-second steps since 1970).</summary>
    public static string CodeAt(string base32Key, long step) =>
        new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * StepSeconds));

    public static long CurrentStep(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
}
