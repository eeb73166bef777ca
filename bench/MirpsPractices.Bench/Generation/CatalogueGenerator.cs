using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Bench.Generation;

public sealed record GeneratorOptions(string DatabasePath, int PublishedPractices, int Submitters, string SubmitterPassword, int Seed = 20261125);

public sealed record GenerationResult(int PublishedPractices, int OtherPractices, int Organisations, long Rows, TimeSpan Elapsed, long DatabaseBytes)
{
    public static string SubmitterEmail(int i) => $"submitter{i:00}@bench.mirps.example";
}

/// <summary>
/// Builds a catalogue of N synthetic published practices straight into a SQLite file: the app's own migrations first
/// (so the schema, indexes, FTS table and triggers are exactly the app's), then one transaction of prepared INSERTs.
/// Triggers are set aside during the load and the full-text index is rebuilt once at the end, which is several times
/// faster than indexing row by row; the triggers are then put back exactly as the migrations created them.
/// </summary>
public static class CatalogueGenerator
{
    public const string BulkSubmitterEmail = "catalogue@bench.mirps.example";
    private static readonly DateTime FirstPublication = new(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] ActorTypes = Enum.GetNames<ActorType>();
    private static readonly string[] Areas = Enum.GetNames<StrategyArea>();
    private static readonly string[] PopulationNames = Enum.GetNames<Population>();
    private static readonly string[] Mechanisms = Enum.GetNames<CoordinationMechanism>();
    private static readonly string[] Statuses = Enum.GetNames<ImplementationStatus>();
    private static readonly string[] Criteria = Enum.GetNames<GoodPracticeCriterion>();

    public static async Task<GenerationResult> GenerateAsync(GeneratorOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath))!);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(options.DatabasePath + suffix);
        }
        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Pooling = false }.ToString();

        await using (var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options))
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
            await db.Database.MigrateAsync();
        }
        log.WriteLine($"  migrated in {clock.Elapsed.TotalSeconds:0.0} s");

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;");
        var triggers = Query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'", r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var trigger in triggers)
        {
            Execute(connection, $"DROP TRIGGER \"{trigger.Name}\"");
        }

        long rows;
        int organisations;
        int others;
        using (var transaction = connection.BeginTransaction())
        {
            var load = new Load(connection, transaction, new Random(options.Seed), options);
            load.Run();
            rows = load.Rows;
            organisations = load.OrganisationCount;
            others = load.OtherPractices;
            transaction.Commit();
        }
        log.WriteLine($"  {rows:N0} rows inserted in {clock.Elapsed.TotalSeconds:0.0} s");

        // Bring the full-text index in line with its content table while the triggers are still off (an update trigger
        // would "delete" index entries that were never written), then put the triggers back.
        foreach (var statement in PostLoadStatements(connection))
        {
            Execute(connection, statement);
        }
        foreach (var trigger in triggers)
        {
            Execute(connection, trigger.Sql);
        }
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        connection.Close();
        log.WriteLine($"  indexes rebuilt in {clock.Elapsed.TotalSeconds:0.0} s");

        return new GenerationResult(options.PublishedPractices, others, organisations, rows, clock.Elapsed, new FileInfo(options.DatabasePath).Length);
    }

    /// <summary>What the triggers would have done row by row, done once: the catalogue's own rebuild (denormalised names, FTS5 index).</summary>
    private static IEnumerable<string> PostLoadStatements(SqliteConnection connection)
    {
        var hasFullText = Query(connection, $"SELECT name FROM sqlite_master WHERE name = '{FullTextSchema.Sqlite.Table}'", r => r.GetString(0)).Count > 0;
        if (hasFullText)
        {
            yield return FullTextSchema.Sqlite.Rebuild;
        }
        yield return "PRAGMA optimize;";
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }
        return list;
    }

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string Stamp() => Guid.NewGuid().ToString().ToUpperInvariant();

    /// <summary>The rows of one generation run.</summary>
    private sealed class Load(SqliteConnection connection, SqliteTransaction transaction, Random random, GeneratorOptions options)
    {
        private readonly SyntheticText _text = new(random);
        private readonly List<(int Id, string Name, string Country)> _organisations = [];
        private readonly Dictionary<string, string> _roleIds = [];
        private readonly List<SqliteBulkInsert> _inserts = [];

        public long Rows => _inserts.Sum(i => i.Rows);
        public int OrganisationCount => _organisations.Count;
        public int OtherPractices { get; private set; }

        public void Run()
        {
            try
            {
                AddRoles();
                AddOrganisations(Math.Max(40, options.PublishedPractices / 40));
                var bulkSubmitter = AddUsers();
                AddPractices(bulkSubmitter);
            }
            finally
            {
                foreach (var insert in _inserts)
                {
                    insert.Dispose();
                }
            }
        }

        private SqliteBulkInsert Insert(string table, params string[] columns)
        {
            var insert = new SqliteBulkInsert(connection, transaction, table, columns);
            _inserts.Add(insert);
            return insert;
        }

        private void AddRoles()
        {
            var roles = Insert("AspNetRoles", "Id", "Name", "NormalizedName", "ConcurrencyStamp");
            foreach (var role in Roles.All)
            {
                var id = Guid.NewGuid().ToString();
                _roleIds[role] = id;
                roles.Run(id, role, role.ToUpperInvariant(), Guid.NewGuid().ToString());
            }
        }

        private void AddOrganisations(int count)
        {
            var insert = Insert("Organisations", "Id", "Name", "Acronym", "ActorType", "CountryCode", "IsDialogueMechanismMember", "Website", "IsApproved", "CreatedAtUtc");
            for (var id = 1; id <= count; id++)
            {
                var country = _text.Pick(Country.MirpsCodes);
                var actorType = ActorTypes[random.Next(ActorTypes.Length)];
                var name = _text.OrganisationName(actorType, country, id);
                var acronym = random.Next(3) == 0 ? $"ORG{id}" : null;
                insert.Run(id, name, acronym, actorType, country, random.Next(4) == 0, $"https://org{id}.example.org", true, Utc(FirstPublication.AddDays(-random.Next(1, 400))));
                _organisations.Add((id, name, country));
            }
        }

        /// <summary>The owner of the generated catalogue and the accounts of the write-path benchmark, all with one password hash.</summary>
        private string AddUsers()
        {
            var users = Insert("AspNetUsers", "Id", "DisplayName", "OrganisationId", "IsDeactivated", "CreatedAtUtc", "UserName", "NormalizedUserName",
                "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed",
                "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount");
            var userRoles = Insert("AspNetUserRoles", "UserId", "RoleId");
            var template = new ApplicationUser { DisplayName = "bench" };
            var hash = new PasswordHasher<ApplicationUser>().HashPassword(template, options.SubmitterPassword);

            string Add(string email, string displayName, string role, int organisationId)
            {
                var id = Guid.NewGuid().ToString();
                users.Run(id, displayName, organisationId, false, Utc(FirstPublication), email, email.ToUpperInvariant(), email, email.ToUpperInvariant(),
                    true, hash, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), false, false, true, 0);
                userRoles.Run(id, _roleIds[role]);
                return id;
            }

            var bulk = Add(BulkSubmitterEmail, "Catálogo sintético", Roles.CivilSociety, 1);
            for (var i = 1; i <= options.Submitters; i++)
            {
                Add(GenerationResult.SubmitterEmail(i), $"Persona remitente {i:00}", Roles.ParticipantGroups[i % Roles.ParticipantGroups.Count], 1 + (i % _organisations.Count));
            }
            return bulk;
        }

        private void AddPractices(string submitterId)
        {
            var practices = Insert("Practices", "Id", "Slug", "Title", "Summary", "Context", "Description", "Locality", "StartDate", "EndDate",
                "ImplementationStatus", "Results", "PeopleReached", "WomenReached", "PeoplePlacedInJobs", "PeopleTrained", "BusinessesStarted",
                "QualificationsRecognised", "AgeGenderDiversityApproach", "Challenges", "LessonsLearned", "ReplicationConditions",
                "SustainabilityAndFunding", "Language", "State", "SubmitterId", "SubmitterOrganisationId", "CurrentVersion", "CreatedAtUtc",
                "UpdatedAtUtc", "SubmittedAtUtc", "PublishedAtUtc", "ConcurrencyStamp");
            var countries = Insert("PracticeCountries", "PracticeId", "CountryCode");
            var areas = Insert("PracticeStrategyAreas", "PracticeId", "Area");
            var populations = Insert("PracticePopulations", "PracticeId", "Population");
            var organisations = Insert("PracticeOrganisations", "PracticeId", "OrganisationId", "Role");
            var mechanisms = Insert("PracticeMechanisms", "PracticeId", "Mechanism", "Description");
            var criteria = Insert("PracticeCriterionAssessment", "PracticeId", "Criterion", "IsMet", "Note");
            var evidence = Insert("PracticeEvidenceLink", "PracticeId", "Title", "Url");
            var indicators = Insert("PracticeIndicator", "PracticeId", "Name", "Value", "Unit");
            var history = Insert("PracticeStateChanges", "PracticeId", "Action", "FromState", "ToState", "UserId", "AtUtc", "Comment");

            // One in twenty more rows are not public (drafts, queue): the catalogue's filters must skip them.
            OtherPractices = options.PublishedPractices / 20;
            var total = options.PublishedPractices + OtherPractices;
            var span = (DateTime.UtcNow.Date - FirstPublication).TotalMinutes;
            for (var id = 1; id <= total; id++)
            {
                var published = id <= options.PublishedPractices;
                var language = random.Next(10) < 7 ? "es" : "en";
                var practiceCountries = Distinct(1 + Skewed(3), () => _text.Pick(Country.MirpsCodes));
                var place = _text.Pick(SyntheticText.Places[practiceCountries[0]]);
                var lead = _organisations[random.Next(_organisations.Count)];
                var title = _text.Title(language, place);
                var publishedAt = FirstPublication.AddMinutes(random.NextDouble() * span);
                var createdAt = publishedAt.AddDays(-random.Next(20, 200));
                var submittedAt = publishedAt.AddDays(-random.Next(5, 19));
                var start = DateOnly.FromDateTime(createdAt.AddDays(-random.Next(60, 900)));
                var status = Statuses[random.Next(Statuses.Length)];
                var state = published ? nameof(PracticeState.Published) : _text.Pick([nameof(PracticeState.Draft), nameof(PracticeState.Submitted), nameof(PracticeState.InReview)]);
                int? Maybe(int max) => random.Next(5) == 0 ? null : random.Next(10, max);

                practices.Run(id, SyntheticText.Slugify(title), title,
                    _text.Paragraph(language, 2, place, lead.Name),
                    _text.LongText(language, 1, place, lead.Name, 20000),
                    _text.LongText(language, 3, place, lead.Name, 20000),
                    place, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    status == nameof(ImplementationStatus.Completed) ? start.AddDays(random.Next(180, 1500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    status, _text.LongText(language, 1, place, lead.Name, 20000),
                    Maybe(5000), Maybe(2500), Maybe(1200), Maybe(3000), Maybe(300), Maybe(500),
                    _text.Paragraph(language, 2, place, lead.Name),
                    _text.Paragraph(language, 2, place, lead.Name),
                    _text.Paragraph(language, 3, place, lead.Name),
                    _text.Paragraph(language, 2, place, lead.Name),
                    _text.Paragraph(language, 2, place, lead.Name),
                    language, state, submitterId, lead.Id, state == nameof(PracticeState.Draft) ? 0 : 1, Utc(createdAt),
                    Utc(published ? publishedAt : submittedAt), state == nameof(PracticeState.Draft) ? null : Utc(submittedAt),
                    published ? Utc(publishedAt) : null, Stamp());

                foreach (var code in practiceCountries)
                {
                    countries.Run(id, code);
                }
                foreach (var area in Distinct(1 + Skewed(3), () => Areas[random.Next(Areas.Length)]))
                {
                    areas.Run(id, area);
                }
                foreach (var population in Distinct(1 + Skewed(2), () => PopulationNames[random.Next(PopulationNames.Length)]))
                {
                    populations.Run(id, population);
                }
                organisations.Run(id, lead.Id, nameof(ParticipationRole.Lead));
                foreach (var partner in Distinct(Skewed(4), () => _organisations[random.Next(_organisations.Count)].Id).Where(o => o != lead.Id))
                {
                    organisations.Run(id, partner, _text.Pick([nameof(ParticipationRole.Implementer), nameof(ParticipationRole.Partner), nameof(ParticipationRole.Funder)]));
                }
                foreach (var mechanism in Distinct(1 + Skewed(2), () => Mechanisms[random.Next(Mechanisms.Length)]))
                {
                    mechanisms.Run(id, mechanism, _text.Paragraph(language, 1, place, lead.Name));
                }
                if (published)
                {
                    foreach (var criterion in Criteria)
                    {
                        criteria.Run(id, criterion, random.Next(5) != 0, null);
                    }
                    history.Run(id, nameof(LifecycleAction.Submit), nameof(PracticeState.Draft), nameof(PracticeState.Submitted), submitterId, Utc(submittedAt), null);
                    history.Run(id, nameof(LifecycleAction.Publish), nameof(PracticeState.InReview), nameof(PracticeState.Published), submitterId, Utc(publishedAt), null);
                }
                if (random.Next(3) == 0)
                {
                    evidence.Run(id, language == "es" ? "Informe de resultados" : "Results report", $"https://evidence.example.org/{id}.pdf");
                }
                if (random.Next(3) == 0)
                {
                    indicators.Run(id, language == "es" ? "Oficinas municipales abiertas" : "Municipal offices opened",
                        random.Next(1, 40).ToString("0.0", CultureInfo.InvariantCulture), null);
                }
            }
        }

        /// <summary>0 most often, then 1, 2… (a practice usually has one country and one area, sometimes more).</summary>
        private int Skewed(int max)
        {
            var value = 0;
            while (value < max && random.Next(2) == 0)
            {
                value++;
            }
            return value;
        }

        private static List<T> Distinct<T>(int count, Func<T> next)
        {
            var set = new List<T>(count);
            for (var attempts = 0; set.Count < count && attempts < count * 4; attempts++)
            {
                var value = next();
                if (!set.Contains(value))
                {
                    set.Add(value);
                }
            }
            return set;
        }
    }
}
