using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Seeding;

namespace MirpsPractices.UnitTests.Seeding;

public sealed class SampleDataSeederTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly Dictionary<string, string> _userIdsByRole = new(StringComparer.Ordinal);

    public SampleDataSeederTests()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
        foreach (var role in Roles.All)
        {
            var user = new ApplicationUser
            {
                UserName = $"{role.ToLowerInvariant()}@example.org",
                NormalizedUserName = $"{role.ToUpperInvariant()}@EXAMPLE.ORG",
                Email = $"{role.ToLowerInvariant()}@example.org",
                NormalizedEmail = $"{role.ToUpperInvariant()}@EXAMPLE.ORG",
                DisplayName = $"Sample {role}",
                CreatedAtUtc = new DateTime(2023, 1, 2, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Users.Add(user);
            _userIdsByRole[role] = user.Id;
        }
        db.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();

    private SqliteAppDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connection).Options);

    private async Task SeedAsync()
    {
        // A fresh context each time, as in the application, so the second run sees only what is in the database.
        await using var db = NewContext();
        await new SampleDataSeeder(db, new FixedClock(Now)).SeedAsync(_userIdsByRole);
    }

    private async Task<Dictionary<string, int>> CountsAsync()
    {
        await using var db = NewContext();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Organisations"] = await db.Organisations.CountAsync(),
            ["Practices"] = await db.Practices.CountAsync(),
            ["PracticeCountries"] = await db.PracticeCountries.CountAsync(),
            ["PracticeOrganisations"] = await db.PracticeOrganisations.CountAsync(),
            ["PracticeMechanisms"] = await db.PracticeMechanisms.CountAsync(),
            ["PracticeStateChanges"] = await db.PracticeStateChanges.CountAsync(),
            ["PracticeVersions"] = await db.PracticeVersions.CountAsync(),
            ["PracticeReviewComments"] = await db.PracticeReviewComments.CountAsync(),
            ["PracticeSafeguardingChecks"] = await db.PracticeSafeguardingChecks.CountAsync(),
            ["Recommendations"] = await db.Recommendations.CountAsync(),
            ["RecommendationEndorsements"] = await db.RecommendationEndorsements.CountAsync(),
            ["Commitments"] = await db.Commitments.CountAsync(),
            ["Sessions"] = await db.Sessions.CountAsync(),
            ["CallsForPractices"] = await db.CallsForPractices.CountAsync(),
            ["AuditLog"] = await db.AuditLog.CountAsync(),
        };
    }

    [Fact]
    public async Task Seeding_twice_creates_nothing_the_second_time()
    {
        await SeedAsync();
        var first = await CountsAsync();
        await SeedAsync();
        var second = await CountsAsync();

        Assert.All(first, pair => Assert.True(pair.Value > 0, $"{pair.Key} should not be empty after seeding."));
        Assert.Equal(first, second);
        Assert.InRange(first["Organisations"], 18, 30);
        Assert.InRange(first["Practices"], 12, 20);
        Assert.Equal(1, first["AuditLog"]);
    }

    [Fact]
    public async Task Seeding_covers_every_country_strategy_area_actor_type_population_mechanism_and_state()
    {
        await SeedAsync();
        await using var db = NewContext();

        var countries = await db.PracticeCountries.Select(c => c.CountryCode).Distinct().ToListAsync();
        Assert.Equal(Country.MirpsCodes.Order(), countries.Order());

        var areas = await db.PracticeStrategyAreas.Select(a => a.Area).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<StrategyArea>(), areas.Order());

        var actorTypesInPractices = await db.PracticeOrganisations.Select(o => o.Organisation!.ActorType).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<ActorType>(), actorTypesInPractices.Order());

        var roles = await db.PracticeOrganisations.Select(o => o.Role).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<ParticipationRole>(), roles.Order());

        var populations = await db.PracticePopulations.Select(p => p.Population).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<Population>(), populations.Order());

        var mechanisms = await db.PracticeMechanisms.ToListAsync();
        Assert.Equal(Enum.GetValues<CoordinationMechanism>(), mechanisms.Select(m => m.Mechanism).Distinct().Order());
        Assert.All(mechanisms, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));

        var states = await db.Practices.Select(p => p.State).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<PracticeState>(), states.Order());

        var organisationCountries = await db.Organisations.Select(o => o.CountryCode).Distinct().ToListAsync();
        Assert.Equal(Country.MirpsCodes.Order(), organisationCountries.Order());
        Assert.True(await db.Organisations.AnyAsync(o => o.IsDialogueMechanismMember));
        Assert.All(await db.Organisations.ToListAsync(), o => Assert.EndsWith(".example.org", new Uri(o.Website!).Host));

        var regional = await db.Practices.CountAsync(p => db.PracticeCountries.Count(c => c.PracticeId == p.Id) > 1);
        Assert.InRange(regional, 1, 2);
    }

    [Fact]
    public async Task Practices_are_complete_and_published_ones_are_assessed_and_spread_over_time()
    {
        await SeedAsync();
        await using var db = NewContext();
        var practices = await db.Practices
            .Include(p => p.Criteria)
            .Include(p => p.EvidenceLinks)
            .Include(p => p.OtherIndicators)
            .AsSplitQuery()
            .ToListAsync();

        Assert.True(practices.Count(p => p.Language == RecordLanguages.English) >= 3);
        Assert.All(practices, p => Assert.Contains(p.Language, RecordLanguages.All));
        Assert.All(practices, p => Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), p.Slug));
        Assert.All(practices, p =>
        {
            foreach (var text in new[] { p.Summary, p.Context, p.Description, p.Results, p.AgeGenderDiversityApproach, p.Challenges, p.LessonsLearned, p.ReplicationConditions, p.SustainabilityAndFunding })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"'{p.Title}' has an empty text field.");
            }
            Assert.NotEmpty(p.EvidenceLinks);
            Assert.All(p.EvidenceLinks, e => Assert.StartsWith("https://example.org/", e.Url));
            Assert.InRange(p.StartDate!.Value.Year, 2019, 2025);
        });
        Assert.True(practices.Sum(p => p.OtherIndicators.Count) >= 2);

        var published = practices.Where(p => p.State == PracticeState.Published).ToList();
        Assert.True(published.Count >= 10);
        Assert.All(published, p =>
        {
            Assert.True(p.IsPublic);
            Assert.NotNull(p.PublishedAtUtc);
            Assert.Equal(Enum.GetValues<GoodPracticeCriterion>(), p.Criteria.Select(c => c.Criterion).Order());
            Assert.Contains(p.Criteria, c => c.IsMet);
        });
        Assert.Equal(new[] { 2023, 2024, 2025 }, published.Select(p => p.PublishedAtUtc!.Value.Year).Distinct().Order());
        var publishedIds = published.Select(p => p.Id).ToList();
        Assert.Equal(published.Count, await db.PracticeSafeguardingChecks.CountAsync(c => publishedIds.Contains(c.PracticeId)));
    }

    [Fact]
    public async Task The_audit_trail_replays_to_each_current_state_with_one_version_per_submission()
    {
        await SeedAsync();
        await using var db = NewContext();
        var practices = await db.Practices.Include(p => p.StateChanges).ToListAsync();
        var versions = await db.PracticeVersions.ToListAsync();
        var moderatorId = _userIdsByRole[Roles.Moderator];
        var participantIds = Roles.ParticipantGroups.Select(role => _userIdsByRole[role]).ToHashSet();

        foreach (var practice in practices)
        {
            Assert.Contains(practice.SubmitterId, participantIds);
            var state = PracticeState.Draft;
            var previous = practice.CreatedAtUtc;
            foreach (var change in practice.StateChanges.OrderBy(c => c.AtUtc))
            {
                Assert.Equal(state, change.FromState);
                Assert.True(change.AtUtc > previous, $"'{practice.Title}': transitions must move forward in time.");
                var actor = change.UserId == moderatorId ? LifecycleActor.Moderator : LifecycleActor.Submitter;
                var transition = PracticeLifecycle.Find(change.FromState, change.Action, actor);
                Assert.NotNull(transition);
                Assert.Equal(transition.To, change.ToState);
                if (actor == LifecycleActor.Submitter)
                {
                    Assert.Equal(practice.SubmitterId, change.UserId);
                }
                state = change.ToState;
                previous = change.AtUtc;
            }
            Assert.Equal(practice.State, state);

            var submissions = practice.StateChanges.Where(c => c.Action == LifecycleAction.Submit).OrderBy(c => c.AtUtc).ToList();
            var practiceVersions = versions.Where(v => v.PracticeId == practice.Id).OrderBy(v => v.Number).ToList();
            Assert.Equal(practice.CurrentVersion, submissions.Count);
            Assert.Equal(Enumerable.Range(1, submissions.Count), practiceVersions.Select(v => v.Number));
            Assert.Equal(submissions.Select(s => s.AtUtc), practiceVersions.Select(v => v.SubmittedAtUtc));
            Assert.All(practiceVersions, v =>
            {
                using var json = JsonDocument.Parse(v.ContentJson);
                Assert.Equal(practice.Title, json.RootElement.GetProperty(nameof(Practice.Title)).GetString());
            });
        }
        Assert.Contains(practices, p => p.CurrentVersion >= 2);
    }

    [Fact]
    public async Task Recommendations_include_joint_and_partially_endorsed_ones_backed_by_published_practices()
    {
        await SeedAsync();
        await using var db = NewContext();
        var recommendations = await db.Recommendations
            .Include(r => r.Endorsements)
            .Include(r => r.Evidence).ThenInclude(e => e.Practice)
            .Include(r => r.FollowUpNotes)
            .AsSplitQuery()
            .ToListAsync();

        var groups = Enum.GetValues<ParticipantGroup>();
        var joint = recommendations.Where(r => r.IsJoint).ToList();
        Assert.NotEmpty(joint);
        Assert.All(joint, r => Assert.All(groups, g => Assert.True(r.IsEndorsedBy(g))));
        Assert.Contains(recommendations, r => !r.IsJoint && r.Endorsements.Count > 0);
        Assert.Equal(Enum.GetValues<RecommendationLevel>(), recommendations.Select(r => r.Level).Distinct().Order());
        Assert.Contains(recommendations, r => r.FollowUpNotes.Count > 0);
        Assert.All(recommendations, r =>
        {
            Assert.NotEmpty(r.Evidence);
            Assert.All(r.Evidence, e => Assert.True(e.Practice!.IsPublic));
        });
    }

    [Fact]
    public async Task A_joint_commitment_rolls_up_its_parts_leaving_the_withdrawn_one_out()
    {
        await SeedAsync();
        await using var db = NewContext();
        var joint = await db.Commitments.SingleAsync(c => db.Commitments.Any(p => p.ParentCommitmentId == c.Id));
        var parts = await db.Commitments.Where(c => c.ParentCommitmentId == joint.Id)
            .Select(c => new CommitmentPart(c.Status, c.Percent, c.Weight)).ToListAsync();

        Assert.Equal(3, parts.Count);
        Assert.Contains(parts, p => p.Status == CommitmentStatus.Withdrawn);
        Assert.Equal(CommitmentRollUp.Weighted, joint.RollUp);
        // (60 × 2 + 100 × 1) / 3, the withdrawn part left out.
        Assert.Equal(73, CommitmentProgress.RollUp(parts, joint.RollUp));
    }

    [Fact]
    public async Task Commitments_cover_every_status_and_replicate_published_practices()
    {
        await SeedAsync();
        await using var db = NewContext();
        var commitments = await db.Commitments
            .Include(c => c.Organisations)
            .Include(c => c.ProgressNotes)
            .AsSplitQuery()
            .ToListAsync();
        var today = new DateOnly(2026, 6, 1);

        Assert.Equal(Enum.GetValues<CommitmentStatus>(), commitments.Select(c => c.Status).Distinct().Order());
        Assert.Contains(commitments, c => c.IsOverdue(today));
        Assert.Contains(commitments, c => c.DueDate > today);
        Assert.Contains(commitments, c => c.ProgressNotes.Count > 0);
        Assert.All(commitments, c => Assert.NotEmpty(c.Organisations));

        var replications = commitments.Where(c => c.Kind == CommitmentKind.ReplicatePractice).ToList();
        Assert.NotEmpty(replications);
        foreach (var replication in replications)
        {
            Assert.NotNull(replication.TargetCountryCode);
            Assert.False(string.IsNullOrWhiteSpace(replication.TargetLocality));
            var practice = await db.Practices.SingleAsync(p => p.Id == replication.ReplicatedPracticeId);
            Assert.True(practice.IsPublic);
        }
    }

    [Fact]
    public async Task The_joint_session_of_21_August_2025_links_practices_recommendations_commitments_and_the_call()
    {
        await SeedAsync();
        await using var db = NewContext();
        var session = await db.Sessions
            .Include(s => s.OrganisationsPresent)
            .Include(s => s.PracticesPresented)
            .Include(s => s.RecommendationsAdopted)
            .Include(s => s.CommitmentsMade)
            .AsSplitQuery()
            .SingleAsync(s => s.Date == new DateOnly(2025, 8, 21));

        Assert.StartsWith("Sesión conjunta de los Equipos Técnicos Regionales", session.Title);
        Assert.False(string.IsNullOrWhiteSpace(session.Agenda));
        Assert.NotEmpty(session.OrganisationsPresent);
        Assert.NotEmpty(session.PracticesPresented);
        Assert.NotEmpty(session.RecommendationsAdopted);
        Assert.Contains(session.RecommendationsAdopted, r => r.JointSinceUtc is not null);
        Assert.NotEmpty(session.CommitmentsMade);
        Assert.True(await db.Sessions.CountAsync(s => s.Date < session.Date) >= 1);

        var call = await db.CallsForPractices.SingleAsync();
        Assert.Equal(session.Id, call.SessionId);
        Assert.Equal(2027, call.Deadline.Year);
        Assert.True(await db.Practices.AnyAsync(p => p.CallForPracticesId == call.Id));
    }

    [Fact]
    public async Task Every_seeded_text_fits_its_column_length()
    {
        // SQLite ignores maximum lengths; SQL Server would refuse a value that does not fit.
        await using var db = NewContext();
        await new SampleDataSeeder(db, new FixedClock(Now)).SeedAsync(_userIdsByRole);

        var checkedValues = 0;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.GetMaxLength() is int maxLength && property.CurrentValue is string value)
                {
                    Assert.True(value.Length <= maxLength, $"{entry.Metadata.DisplayName()}.{property.Metadata.Name} is {value.Length} characters long, more than {maxLength}: {value}");
                    checkedValues++;
                }
            }
        }
        Assert.True(checkedValues > 500);
    }

    [Fact]
    public async Task Version_snapshots_keep_accents_readable()
    {
        await SeedAsync();
        await using var db = NewContext();
        var contents = await db.PracticeVersions.Select(v => v.ContentJson).ToListAsync();
        Assert.Contains(contents, json => json.Contains('ó'));
        Assert.DoesNotContain(contents, json => json.Contains("\\u00F3"));
    }

    [Fact]
    public async Task The_seeding_itself_is_audited_at_the_clock_time()
    {
        await SeedAsync();
        await using var db = NewContext();
        var entry = await db.AuditLog.SingleAsync();
        Assert.Equal(SampleDataSeeder.AuditEventType, entry.EventType);
        Assert.Equal(Now.UtcDateTime, entry.AtUtc);
    }

    [Fact]
    public async Task A_missing_role_is_refused_before_anything_is_written()
    {
        await using var db = NewContext();
        var incomplete = _userIdsByRole.Where(pair => pair.Key != Roles.Moderator).ToDictionary();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new SampleDataSeeder(db, new FixedClock(Now)).SeedAsync(incomplete));
        Assert.Contains(Roles.Moderator, error.Message);
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task An_unknown_user_id_is_refused_and_nothing_is_written()
    {
        await using var db = NewContext();
        var wrong = new Dictionary<string, string>(_userIdsByRole) { [Roles.RefugeeLed] = "no-such-user" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new SampleDataSeeder(db, new FixedClock(Now)).SeedAsync(wrong));
        await using var check = NewContext();
        Assert.Equal(0, await check.Organisations.CountAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
