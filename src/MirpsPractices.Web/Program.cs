using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Data;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Commands;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Seeding;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var environment = builder.Environment;

builder.WebHost.ConfigureKestrel(options =>
{
    options.AddServerHeader = false;
    options.Limits.MaxRequestBodySize = 12 * 1024 * 1024;
});
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortalRequestLogging();
builder.Services.AddPortalDatabase(configuration, environment);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalIdentity(configuration, environment);
builder.Services.AddAuthorizationBuilder().AddPortalPolicies();
builder.Services.AddDataProtection()
    .PersistKeysToDbContext<AppDbContext>()
    .SetApplicationName("MirpsPractices");
builder.Services.AddPortalRateLimiting(configuration);
builder.Services.AddPortalCaching(configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    options.KnownIPNetworks.Clear();
    options.KnownProxies.Clear();
});

builder.Services
    .AddControllersWithViews(options =>
    {
        // Antiforgery is validated globally on every unsafe request, not per action.
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
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

await DatabaseInitializer.MigrateAsync(app.Services, configuration, app.Logger);
await StartupSeeder.SeedAsync(app.Services, configuration, environment, app.Logger);

app.UseSecurityHeaders(SecurityHeaders.Policy(environment.IsDevelopment()));
app.UseForwardedHeaders();
if (!environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
}
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseRequestLocalization();
app.UseSerilogRequestLogging();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<NoStoreForSignedInUsersMiddleware>();
app.UseOutputCache();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().CacheOutput(PublicPageCachePolicy.Name);
app.MapControllers();
// Without a matched endpoint the fallback "signed in" policy would send unknown URLs to sign-in; they are plain 404s.
app.MapFallback(context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.RunAsync();
return 0;
