namespace MirpsPractices.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>Headers on every response, static files, redirects and error pages included (the middleware runs first).</summary>
    public static HeaderPolicyCollection Policy(bool isDevelopment)
    {
        var policy = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .RemoveServerHeader()
            .AddCrossOriginOpenerPolicy(x => x.SameOrigin())
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
                csp.AddBaseUri().Self();
                csp.AddObjectSrc().None();
            })
            .AddPermissionsPolicyWithDefaultSecureDirectives();
        if (!isDevelopment)
        {
            policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 365 * 24 * 60 * 60);
        }
        return policy;
    }
}
