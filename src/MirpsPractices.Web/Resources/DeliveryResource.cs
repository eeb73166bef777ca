namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of page delivery: the secure-connection page shown when HTTPS is missing.</summary>
public sealed class DeliveryResource;
