namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of sign-in, passwords, two-factor authentication and the user's own account pages.</summary>
public sealed class AccountResource;
