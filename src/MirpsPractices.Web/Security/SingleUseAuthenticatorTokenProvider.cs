using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using OtpNet;

namespace MirpsPractices.Web.Security;

/// <summary>
/// The authenticator-app check (TOTP, RFC 6238) with replay protection: each code is accepted once. The time step of the
/// last accepted code is kept per user in AspNetUserTokens; a code from that step or an earlier one is refused, even while
/// it is still inside the clock-drift window. Used for the sign-in's second step and for turning two-factor on.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string Name = "SingleUseAuthenticator";
    public const string LoginProvider = "[MirpsAuthenticator]";
    public const string LastStepTokenName = "LastAcceptedTimeStep";

    /// <summary>Same tolerance as Identity's own provider: two 30-second steps either side, for phones whose clock drifts.</summary>
    private static readonly VerificationWindow DriftWindow = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        // Apps show "123 456" and people type "123-456": both are the same code.
        token = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, DriftWindow))
        {
            return false;
        }
        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepTokenName);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }
        try
        {
            // Saving goes through the user's concurrency stamp: of two requests racing with one code, the second fails here.
            var stored = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepTokenName, step.ToString(CultureInfo.InvariantCulture));
            return stored.Succeeded;
        }
        catch (DbUpdateException exception)
        {
            // Both racing requests inserted the first record for this user: the loser's code is refused, and its failed
            // insert is dropped so the lockout counter can still be saved in this request.
            foreach (var entry in exception.Entries)
            {
                entry.State = EntityState.Detached;
            }
            return false;
        }
    }
}
