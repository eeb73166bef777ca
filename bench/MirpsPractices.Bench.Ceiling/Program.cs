// The fastest response ASP.NET Core gives on this machine: every portal figure is reported as a share of it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello, World!");
app.Run();
