namespace MirpsPractices.Web.Models.Network;

/// <summary>Progress and follow-up notes record what already happened, so their date is not in the future.</summary>
public static class NoteDates
{
    /// <summary>A day of slack past today (UTC): a note dated "today" is valid in every time zone.</summary>
    public static bool NotInFuture(DateOnly? date, TimeProvider clock) =>
        date is not DateOnly d || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
}
