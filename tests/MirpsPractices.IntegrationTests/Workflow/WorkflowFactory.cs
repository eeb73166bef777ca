using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Notifications;
using MirpsPractices.IntegrationTests.Infrastructure;
using Moq;

namespace MirpsPractices.IntegrationTests.Workflow;

/// <summary>The real app on SQLite with the mail boundary replaced by a Moq sender that records every message.</summary>
public sealed class WorkflowFactory : PortalFactory
{
    public const string SecondModeratorEmail = "moderator2@demo.mirps.example";
    public const string SecondParticipantEmail = "employment2@demo.mirps.example";

    public Mock<IEmailSender> Mail { get; } = new();

    public ConcurrentQueue<EmailMessage> SentMail { get; } = new();

    public WorkflowFactory()
    {
        Mail.Setup(m => m.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback<EmailMessage, CancellationToken>((message, _) => SentMail.Enqueue(message))
            .Returns(Task.CompletedTask);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(Mail.Object));
    }

    /// <summary>A second account with the given role (a second moderator for the concurrency case, a second participant for ownership).</summary>
    public async Task EnsureUserAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Second " + role, CreatedAtUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        if (role is Roles.Moderator or Roles.Administrator)
        {
            // Staff must use two-factor authentication.
            await users.EnableDemoTwoFactorAsync(user);
        }
    }

    public Task<int> AnyApprovedOrganisationIdAsync() =>
        WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());

    public Task<Practice> PracticeAsync(int id) =>
        WithDbAsync(db => db.Practices.AsNoTracking().Include(p => p.StateChanges).Include(p => p.Countries).Include(p => p.EvidenceLinks).SingleAsync(p => p.Id == id));
}
