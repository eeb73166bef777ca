namespace MirpsPractices.Web.Models.Account;

public sealed record SetPasswordViewModel(SetPasswordInputModel Input, bool IsInvitation, string? Email, bool LinkValid);

public sealed record ManageViewModel(string DisplayName, string? Email, string? OrganisationName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, int RecoveryCodesLeft, bool TwoFactorRequired, PreferencesInputModel Preferences);

/// <param name="QrCodeSvg">Markup built by <see cref="Security.AuthenticatorQrCode"/> (its only text, the title, is encoded there).</param>
public sealed record TwoFactorViewModel(bool Enabled, bool Required, string? SharedKey, string? AuthenticatorUri, string? QrCodeSvg, int RecoveryCodesLeft, EnableTwoFactorInputModel Input);

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
