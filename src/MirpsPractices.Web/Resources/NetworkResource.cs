namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the network workspace's strings: recommendations, commitments, sessions and reports.</summary>
public sealed class NetworkResource;
