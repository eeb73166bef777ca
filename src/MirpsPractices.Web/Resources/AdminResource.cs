namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the administration pages (users, organisations, reference lists, audit log).</summary>
public sealed class AdminResource;
