using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Data;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>The real app on its own SQLite file with only <see cref="CatalogueTestData"/> (no demo sample), and a SQL command counter.</summary>
public sealed class CatalogueFactory : PortalFactory, IAsyncLifetime
{
    public SqlCommandCounter Commands { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Seed"] = "false" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Commands)));
    }

    public Task InitializeAsync() => WithDbAsync(CatalogueTestData.SeedAsync);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>Counts the SQL commands EF Core sends, to prove a page costs a fixed number of queries (no N+1).</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
