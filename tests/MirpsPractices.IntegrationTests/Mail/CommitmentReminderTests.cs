using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Notifications;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Network;
using MirpsPractices.IntegrationTests.Scale;
using MirpsPractices.Web.Infrastructure;
using StackExchange.Redis;

namespace MirpsPractices.IntegrationTests.Mail;

/// <summary>One instance of the portal that sends its mail through MailKit to the SMTP sink, on a shared database and clock.</summary>
/// With <paramref name="redisConfiguration"/>, the instance also shares a Redis server, as a node of a farm does.
public sealed class SmtpInstanceFactory(string databasePath, int smtpPort, TimeProvider clock, bool remindersAtStart = false, string? redisConfiguration = null)
    : PortalFactory(databasePath)
{
    public const string RedisPrefix = "mirps-reminders-test:";

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Email:Mode"] = "Smtp",
                ["Email:SmtpHost"] = "127.0.0.1",
                ["Email:SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                ["Email:SmtpEnableSsl"] = "false",
                ["Email:PublicBaseUrl"] = "https://practicas.mirps.example",
                ["Commitments:RemindersEnabled"] = remindersAtStart ? "true" : "false",
            };
            if (redisConfiguration is not null)
            {
                settings["Redis:Configuration"] = redisConfiguration;
                settings["Redis:InstanceName"] = RedisPrefix;
            }
            return settings;
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        // The real MailKit sender instead of the capturing one: these tests read what reached the SMTP server.
        services.AddScoped<IEmailSender, SmtpEmailSender>();
        services.Replace(ServiceDescriptor.Singleton(clock));
    }

    public async Task<IReadOnlyList<DueReminder>> DueRemindersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommitmentReminderJob>().FindDueAsync();
    }

    public async Task<int> RunRemindersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommitmentReminderJob>().RunOnceAsync();
    }
}

/// <summary>
/// The reminder job of stale commitments, with two instances on one SQLite file and the messages read back from a real
/// SMTP listener on loopback: each period is reminded exactly once, in each recipient's language.
/// </summary>
public sealed class CommitmentReminderTests
{
    private const string Title = "Ruta de empleo para personas refugiadas en San Pedro Sula";

    [Fact]
    public async Task Two_instances_on_one_database_send_each_period_once_in_each_members_language()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var clock = new TestClock();
        var databasePath = Path.Combine(Path.GetTempPath(), "mirps-tests", $"reminders-{Guid.NewGuid():N}.db");
        using var a = new SmtpInstanceFactory(databasePath, smtp.Port, clock);
        _ = a.Services;
        using var b = new SmtpInstanceFactory(databasePath, smtp.Port, clock);
        _ = b.Services;

        var id = await AddTheOnlyStaleCommitmentAsync(a, clock);

        // Both instances run the job at the same moment, twice: the period is claimed once.
        var firstRuns = await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());
        var secondRuns = await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());

        Assert.Equal(0, secondRuns.Sum());
        Assert.Equal(1, firstRuns.Count(n => n > 0));
        var received = AboutTheCommitment(smtp);
        Assert.Equal(2, received.Count);
        var spanish = Assert.Single(received, m => m.EnvelopeTo == SpanishMember);
        Assert.Equal($"Compromiso sin actualización reciente: {Title}", spanish.Message.Subject);
        Assert.Equal("es", spanish.Message.Body!.Headers["Content-Language"]);
        Assert.Contains("no tiene una nota de avance", spanish.Message.TextBody);
        Assert.Contains($"https://practicas.mirps.example/workspace/commitments/{id}", spanish.Message.TextBody);
        var english = Assert.Single(received, m => m.EnvelopeTo == EnglishMember);
        Assert.Equal($"Commitment without a recent update: {Title}", english.Message.Subject);
        Assert.Equal("en", english.Message.Body!.Headers["Content-Language"]);
        Assert.Contains("Hello Ana García", english.Message.TextBody);
        Assert.Contains("(100 days)", english.Message.TextBody);
        var claim = await a.WithDbAsync(db => db.CommitmentReminders.SingleAsync(r => r.CommitmentId == id));
        Assert.NotNull(claim.SentAtUtc);
        Assert.Equal(2, claim.Recipients);

        // A restarted instance, whose job runs at start, finds the period already reminded.
        // (Disposed with the others at the end: disposing a factory deletes the shared database file.)
        using var restarted = new SmtpInstanceFactory(databasePath, smtp.Port, clock, remindersAtStart: true);
        _ = restarted.Services;
        Assert.Equal(0, await restarted.RunRemindersAsync());
        Assert.Equal(2, AboutTheCommitment(smtp).Count);

        // Another 90 days without a note: a new period, reminded once more. The restarted instance's own start-up pass runs in
        // the background and may start only now, taking the period before A and B do: wait for the mail to land.
        clock.Advance(TimeSpan.FromDays(90));
        await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());
        for (var waited = 0; AboutTheCommitment(smtp).Count < 4 && waited < 100; waited++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(4, AboutTheCommitment(smtp).Count);
        Assert.Equal(2, await a.WithDbAsync(db => db.CommitmentReminders.CountAsync(r => r.CommitmentId == id && r.SentAtUtc != null)));
    }

    [Fact]
    public async Task On_Redis_two_instances_skip_a_period_locked_there_send_each_period_once_and_fall_back_to_the_database_when_it_is_down()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var redis = await RedisServer.StartAsync();
        var clock = new TestClock();
        var databasePath = Path.Combine(Path.GetTempPath(), "mirps-tests", $"reminders-redis-{Guid.NewGuid():N}.db");
        using var a = new SmtpInstanceFactory(databasePath, smtp.Port, clock, redisConfiguration: redis.Configuration);
        _ = a.Services;
        using var b = new SmtpInstanceFactory(databasePath, smtp.Port, clock, redisConfiguration: redis.Configuration);
        _ = b.Services;
        var id = await AddTheOnlyStaleCommitmentAsync(a, clock);
        var due = Assert.Single(await a.DueRemindersAsync(), d => d.CommitmentId == id);
        var key = RedisReminderPeriodLocks.KeyOf(SmtpInstanceFactory.RedisPrefix, id, due.PeriodStart);

        try
        {
            await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration))
            {
                // A third instance holds the period in Redis: neither instance claims it in the database nor sends.
                Assert.True(await connection.GetDatabase().StringSetAsync(key, "third-instance", TimeSpan.FromMinutes(15), When.NotExists));
                var lockedRuns = await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());
                Assert.Equal(0, lockedRuns.Sum());
                Assert.Empty(AboutTheCommitment(smtp));
                Assert.False(await a.WithDbAsync(db => db.CommitmentReminders.AnyAsync(r => r.CommitmentId == id)));

                // Released: both run at the same moment, twice; one of them takes the lock and the period is reminded once.
                await connection.GetDatabase().KeyDeleteAsync(key);
                var firstRuns = await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());
                var secondRuns = await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());
                Assert.Equal(1, firstRuns.Count(n => n > 0));
                Assert.Equal(0, secondRuns.Sum());
                Assert.Equal(2, AboutTheCommitment(smtp).Count);
                var holder = await connection.GetDatabase().StringGetAsync(key);
                Assert.True(holder.HasValue);
                Assert.NotEqual("third-instance", holder.ToString());
            }

            // Redis goes down; 90 days later the next period is still reminded exactly once, by the database claim alone.
            await redis.DisposeAsync();
            clock.Advance(TimeSpan.FromDays(90));
            var runsWithoutRedis = await Task.WhenAll(a.RunRemindersAsync(), b.RunRemindersAsync());
            Assert.Equal(1, runsWithoutRedis.Sum());
            Assert.Equal(4, AboutTheCommitment(smtp).Count);
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }

    private const string EnglishMember = "ana.garcia@reminders.example";
    private static readonly string SpanishMember = TestClientExtensions.DemoEmail(Roles.EmploymentTeam);

    /// <summary>A commitment of the employment team's organisation without a note for 100 days; every other one is fresh.</summary>
    private static async Task<int> AddTheOnlyStaleCommitmentAsync(SmtpInstanceFactory portal, TestClock clock)
    {
        var organisation = await portal.OrganisationOfAsync(Roles.EmploymentTeam);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var id = await portal.AddCommitmentAsync(Title, organisation, today.AddDays(300));
        await portal.WithDbAsync(async db =>
        {
            await db.Commitments.Where(c => c.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAtUtc, clock.GetUtcNow().UtcDateTime.AddDays(-100)));
            // Only this test's commitment is stale among this organisation's: the others get a fresh note.
            await db.Commitments.Where(c => c.Id != id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAtUtc, clock.GetUtcNow().UtcDateTime));
            await db.Set<CommitmentProgressNote>().ExecuteUpdateAsync(s => s.SetProperty(n => n.Date, today));
            await db.Users.Where(u => u.Email == SpanishMember).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, RecordLanguages.Spanish));
            db.Users.Add(new ApplicationUser
            {
                UserName = EnglishMember, NormalizedUserName = EnglishMember.ToUpperInvariant(), Email = EnglishMember,
                NormalizedEmail = EnglishMember.ToUpperInvariant(), EmailConfirmed = true, DisplayName = "Ana García",
                OrganisationId = organisation, PreferredLanguage = RecordLanguages.English, CreatedAtUtc = DateTime.UtcNow,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            });
            await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task A_commitment_with_a_recent_note_or_fulfilled_gets_no_reminder()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var clock = new TestClock();
        using var portal = new SmtpInstanceFactory(Path.Combine(Path.GetTempPath(), "mirps-tests", $"reminders-{Guid.NewGuid():N}.db"), smtp.Port, clock);
        var organisation = await portal.OrganisationOfAsync(Roles.EmploymentTeam);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var fulfilled = await portal.AddCommitmentAsync(Title + " (cumplido)", organisation, today.AddDays(10), CommitmentStatus.Fulfilled);
        var noted = await portal.AddCommitmentAsync(Title + " (con nota)", organisation, today.AddDays(10));
        await portal.WithDbAsync(async db =>
        {
            await db.Commitments.Where(c => c.Id == fulfilled || c.Id == noted)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAtUtc, clock.GetUtcNow().UtcDateTime.AddDays(-400)));
            db.Set<CommitmentProgressNote>().Add(new CommitmentProgressNote
            {
                CommitmentId = noted, Date = today.AddDays(-89), Text = "Avance.", AuthorId = await db.Users.Select(u => u.Id).FirstAsync(),
            });
            await db.SaveChangesAsync();
        });

        await portal.RunRemindersAsync();

        Assert.Empty(AboutTheCommitment(smtp));
    }

    private static List<(string EnvelopeTo, MimeKit.MimeMessage Message)> AboutTheCommitment(SmtpSink smtp) =>
        [.. smtp.Messages.Where(m => (m.Message.Subject ?? "").Contains(Title, StringComparison.Ordinal))];
}
