using Microsoft.AspNetCore.StaticAssets;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Static assets are endpoints (MapStaticAssets): middleware that only concerns pages can tell them apart.</summary>
public static class StaticAssetRequests
{
    public static bool IsStaticAsset(this HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
