using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Commands;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Security;
using MirpsPractices.Web.Seeding;
using Serilog;
using Serilog.Core;

var builder = WebApplication.CreateBuilder(args);
// The build's static web assets (precompressed copies in obj/) in every environment, not only Development: tests run as
// "Testing" and benches as "Production" from the build output. A no-op for a published app (no runtime manifest there).
builder.WebHost.UseStaticWebAssets();
var configuration = builder.Configuration;
var environment = builder.Environment;

builder.WebHost.ConfigureKestrel(options =>
{
    options.AddServerHeader = false;
    options.Limits.MaxRequestBodySize = 12 * 1024 * 1024;
});
// preserveStaticLogger: each app (and each test host in one process) logs through its own logger, never the static Log.Logger.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(),
    preserveStaticLogger: true);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortalRequestLogging();
builder.Services.AddPortalDatabase(configuration, environment);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalIdentity(configuration, environment);
builder.Services.AddAuthorizationBuilder().AddPortalPolicies();
builder.Services.AddPortalDataProtection(configuration);
builder.Services.AddPortalRateLimiting(configuration);
builder.Services.AddPortalCaching(configuration);
builder.Services.AddPortalCompression();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddPortalForwardedHeaders(configuration);
builder.Services.AddSingleton<ILogEventEnricher, RedactQueryStringEnricher>();

builder.Services
    .AddControllersWithViews(options =>
    {
        // Antiforgery is validated globally on every unsafe request, not per action.
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        // The id in the URL is the one that was authorized: a form or query field with the same name must not replace it
        // (MVC's default order reads the form first).
        var routeValues = options.ValueProviderFactories.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.RouteValueProviderFactory>().Single();
        options.ValueProviderFactories.Remove(routeValues);
        options.ValueProviderFactories.Insert(0, routeValues);
        options.ModelMetadataDetailsProviders.Add(new LocalizedImplicitRequiredProvider());
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(MirpsPractices.Web.Resources.SharedResource)));
builder.Services.AddFluentValidationAutoValidation();
builder.Services.AddFluentValidationClientsideAdapters();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddPortalFeatures(configuration);

var app = builder.Build();

if (args.Length > 0 && PortalCommands.IsCommand(args[0]))
{
    return await PortalCommands.RunAsync(app, args);
}

if (await DatabaseInitializer.MigrateAsync(app.Services, configuration, app.Logger))
{
    await StartupSeeder.SeedAsync(app.Services, configuration, environment, app.Logger);
}

app.UseSecurityHeaders(SecurityHeaders.Policy(environment.IsDevelopment()));
app.UseForwardedHeaders();
if (!environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
}
// Before the error pages: a re-executed error page keeps the language of the original request (even one chosen by ?culture=).
app.UseRequestLocalization();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<MirpsPractices.Web.Reliability.DatabaseUnavailableMiddleware>();
app.UseMiddleware<MirpsPractices.Web.Reliability.RequestSizeMiddleware>();
app.UseRouting();
// Path only: query strings may hold invitation or reset tokens, which never go to the logs.
app.UseSerilogRequestLogging(options =>
{
    options.IncludeQueryInRequestPath = false;
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
});
// A plain-HTTP page request with secure cookies gets a clear page and one warning, not an antiforgery 500.
app.UseMiddleware<HttpsRequiredMiddleware>();
app.UseAuthentication();
// Right after authentication: a cached anonymous page is answered before authorization (which builds the authorization
// handlers, and with them a DbContext, per request). Only anonymous GETs of [AllowAnonymous] public endpoints are stored
// (PublicPageCachePolicy), so a hit skips nothing an anonymous request needed: signed-in users pass by to the
// authorization, two-factor and no-store steps below as before. No rate limiting policy applies to cached endpoints.
app.UseOutputCache();
// Inside the output cache: a cached page is stored compressed and served as stored (PublicPageCachePolicy varies by encoding).
app.UseResponseCompression();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<StaffTwoFactorMiddleware>();
app.UseMiddleware<NoStoreForSignedInUsersMiddleware>();

// Every file under wwwroot from the build's manifest: fingerprinted URLs (the tag helpers write them for "~/" paths),
// immutable caching, ETags and precompressed gzip/Brotli. Anonymous: the stylesheet of the sign-in page is public too.
app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().CacheOutput(PublicPageCachePolicy.Name);
app.MapControllers().WithStaticAssets();
// Without a matched endpoint the fallback "signed in" policy would send unknown URLs to sign-in; they are plain 404s.
// "{*path}", not the default "{*path:nonfile}": /catalogue.csv or /old-report.pdf are unknown pages too (static assets are
// endpoints of their own that win over the fallback, so none is hidden).
app.MapFallback("{*path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.RunAsync();
return 0;
