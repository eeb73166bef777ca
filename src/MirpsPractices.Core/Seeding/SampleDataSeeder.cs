using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Seeding;

/// <summary>
/// Writes a fictional but realistic sample of the network's work: organisations of the seven MIRPS countries, practices in
/// every lifecycle state with their audit trail and submitted versions, recommendations with endorsements, commitments,
/// the joint session of 21 August 2025 with an earlier one, and an open call for practices.
/// All names are invented; websites and evidence links point to example.org.
/// Idempotent: nothing is written when the first sample organisation already exists, and everything is written in one transaction.
/// Timestamps are fixed UTC dates so that the sample reads the same everywhere; only the audit entry of the seeding itself uses the clock.
/// </summary>
public sealed class SampleDataSeeder(AppDbContext db, TimeProvider clock)
{
    /// <summary>Name of the first sample organisation: when it exists, the sample data is considered present.</summary>
    public const string MarkerOrganisationName = "Instituto Nacional de Formación Técnica";

    /// <summary>Event type of the audit entry written once the sample data has been seeded.</summary>
    public const string AuditEventType = "SampleDataSeeded";

    /// <param name="userIdsByRole">One existing user id per role name of <see cref="Roles.All"/>.</param>
    public async Task SeedAsync(IReadOnlyDictionary<string, string> userIdsByRole, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIdsByRole);
        var users = SeedUsers.From(userIdsByRole);

        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        await strategy.ExecuteAsync(
            async ct =>
            {
                // A retried attempt must not insert the entities tracked by the failed one a second time.
                if (attempt++ > 0)
                {
                    db.ChangeTracker.Clear();
                }

                // Join the caller's transaction if there is one; otherwise all or nothing in our own.
                await using var transaction = db.Database.CurrentTransaction is null
                    ? await db.Database.BeginTransactionAsync(ct)
                    : null;

                if (await db.Organisations.AnyAsync(o => o.Name == MarkerOrganisationName, ct))
                {
                    return;
                }

                await EnsureUsersExistAsync(users, ct);
                var summary = await new SeedRun(db, users).ExecuteAsync(ct);

                db.AuditLog.Add(new AuditLogEntry
                {
                    AtUtc = clock.GetUtcNow().UtcDateTime,
                    EventType = AuditEventType,
                    Details = summary,
                });
                await db.SaveChangesAsync(ct);

                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }
            },
            cancellationToken);
    }

    private async Task EnsureUsersExistAsync(SeedUsers users, CancellationToken ct)
    {
        var ids = users.All.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var missing = ids.Except(found, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Sample data needs existing users; these ids were not found: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Lowercase ASCII slug with hyphens, accents and ñ folded to their base letters.</summary>
    private static string Slugify(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        return slug.Length <= FieldLimits.Slug ? slug : slug[..FieldLimits.Slug].TrimEnd('-');
    }

    private sealed record SeedUsers(
        string EmploymentTeam,
        string LocalGovernanceTeam,
        string CivilSociety,
        string RefugeeLed,
        string Moderator,
        string Administrator)
    {
        public IEnumerable<string> All => [EmploymentTeam, LocalGovernanceTeam, CivilSociety, RefugeeLed, Moderator, Administrator];

        public string For(ParticipantGroup group) => group switch
        {
            ParticipantGroup.EmploymentTeam => EmploymentTeam,
            ParticipantGroup.LocalGovernanceTeam => LocalGovernanceTeam,
            ParticipantGroup.CivilSociety => CivilSociety,
            ParticipantGroup.RefugeeLed => RefugeeLed,
            _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
        };

        public static SeedUsers From(IReadOnlyDictionary<string, string> userIdsByRole)
        {
            var missing = Roles.All
                .Where(role => !userIdsByRole.TryGetValue(role, out var id) || string.IsNullOrWhiteSpace(id))
                .ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException($"A user id is needed for every role; missing: {string.Join(", ", missing)}.", nameof(userIdsByRole));
            }
            return new SeedUsers(
                userIdsByRole[Roles.EmploymentTeam],
                userIdsByRole[Roles.LocalGovernanceTeam],
                userIdsByRole[Roles.CivilSociety],
                userIdsByRole[Roles.RefugeeLed],
                userIdsByRole[Roles.Moderator],
                userIdsByRole[Roles.Administrator]);
        }
    }

    /// <summary>One seeding attempt; holds the entities created so far so later records can point to them.</summary>
    private sealed class SeedRun(AppDbContext db, SeedUsers users)
    {
        private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (Practice Practice, PracticeSpec Spec)> _practices = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Recommendation> _recommendations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (Commitment Commitment, string? PartOf)> _commitments = new(StringComparer.Ordinal);
        private readonly List<PendingVersion> _versions = [];

        public async Task<string> ExecuteAsync(CancellationToken ct)
        {
            AddOrganisations();
            await db.SaveChangesAsync(ct);

            var earlierSession = NewEarlierSession();
            var jointSession = NewJointSession();
            db.Sessions.AddRange(earlierSession, jointSession);
            await db.SaveChangesAsync(ct);

            var call = NewCallForPractices(jointSession.Id);
            db.CallsForPractices.Add(call);
            await db.SaveChangesAsync(ct);

            AddPractices(call.Id);
            await db.SaveChangesAsync(ct);

            AddVersionsReviewCommentsAndSafeguarding();
            AddPracticesPresented(earlierSession, ["certificacion-gt", "alianza-mx", "escuelas-hn"]);
            AddPracticesPresented(jointSession, ["ventanilla-cr", "escuelas-hn", "semilla-sv", "contratacion-pa", "homologacion-regional"]);
            AddRecommendations(earlierSession.Id, jointSession.Id);
            await db.SaveChangesAsync(ct);

            AddCommitments(earlierSession.Id, jointSession.Id);
            await db.SaveChangesAsync(ct);
            if (LinkCommitmentParts())
            {
                await db.SaveChangesAsync(ct);
            }

            AddPathways();
            await db.SaveChangesAsync(ct);

            AddTranslations();
            await db.SaveChangesAsync(ct);

            return string.Create(
                CultureInfo.InvariantCulture,
                $"Organisations: {_organisations.Count}; practices: {_practices.Count}; recommendations: {_recommendations.Count}; sessions: 2; calls for practices: 1.");
        }

        // ---------------------------------------------------------------- organisations

        private void AddOrganisations()
        {
            foreach (var spec in OrganisationSpecs)
            {
                var organisation = new Organisation
                {
                    Name = spec.Name,
                    Acronym = spec.Acronym,
                    ActorType = spec.ActorType,
                    CountryCode = spec.CountryCode,
                    IsDialogueMechanismMember = spec.IsDialogueMechanismMember,
                    Website = $"https://{spec.Key}.example.org",
                    IsApproved = spec.ProposedBy is null,
                    ProposedByUserId = spec.ProposedBy is { } group ? users.For(group) : null,
                    CreatedAtUtc = spec.CreatedAtUtc,
                };
                _organisations.Add(spec.Key, organisation);
                db.Organisations.Add(organisation);
            }
        }

        private int OrganisationId(string key) => _organisations[key].Id;

        // ---------------------------------------------------------------- sessions and the call

        private Session NewEarlierSession()
        {
            var session = new Session
            {
                Date = new DateOnly(2024, 6, 13),
                Title = "Sesión ordinaria del Equipo Técnico Regional sobre Empleo y Medios de Vida",
                Location = "Virtual",
                Language = RecordLanguages.Spanish,
                CreatedAtUtc = At(2024, 6, 13, 18),
                Agenda = string.Join(
                    '\n',
                    "1. Apertura y aprobación de la agenda.",
                    "2. Presentación de la certificación de competencias laborales para personas retornadas (Guatemala).",
                    "3. Presentación de la alianza con empresas para la reubicación y contratación de personas refugiadas (México).",
                    "4. Presentación de las escuelas-taller municipales de Puerto Nuevo (Honduras).",
                    "5. Debate sobre el registro de datos desagregados por edad, género y diversidad en los servicios de empleo.",
                    "6. Adopción de recomendaciones y registro de compromisos.",
                    "7. Cierre."),
            };
            AddOrganisationsPresent(session, ["mtpl", "sedp", "sneml", "inft", "nesu", "onpi", "premev", "orps"]);
            return session;
        }

        private Session NewJointSession()
        {
            var session = new Session
            {
                Date = new DateOnly(2025, 8, 21),
                Title = "Sesión conjunta de los Equipos Técnicos Regionales de Empleo y Medios de Vida y de Gobernabilidad Local con gobiernos locales, sociedad civil y organizaciones lideradas por personas refugiadas",
                Location = "Ciudad de Panamá (modalidad híbrida)",
                Language = RecordLanguages.Spanish,
                CreatedAtUtc = At(2025, 8, 21, 22),
                Agenda = string.Join(
                    '\n',
                    "1. Bienvenida y objetivos de la sesión conjunta.",
                    "2. Panel: el papel de los gobiernos locales en la inclusión laboral de personas desplazadas, con Los Laureles, Puerto Nuevo y la Mancomunidad de Municipios del Valle.",
                    "3. Presentación de buenas prácticas: ventanilla única municipal de empleo, escuelas-taller, capital semilla para mujeres, contratación equitativa y homologación de títulos.",
                    "4. Diálogo con organizaciones de la sociedad civil y organizaciones lideradas por personas refugiadas sobre las barreras que persisten.",
                    "5. Trabajo en grupos: recomendaciones conjuntas de nivel local, nacional y regional.",
                    "6. Adopción de recomendaciones y registro de compromisos de colaboración y de réplica.",
                    "7. Próximos pasos: convocatoria de prácticas y seguimiento de compromisos. Cierre."),
            };
            AddOrganisationsPresent(session,
            [
                "laureles", "puertonuevo", "mancomunidad", "vallealto", "santarosa", "inft", "sedp", "mtpl", "sneml", "onpi",
                "caminos", "horizontes", "raices", "apdut", "puentes", "camara", "orps", "premev", "utistmo",
            ]);
            return session;
        }

        private void AddOrganisationsPresent(Session session, IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                session.OrganisationsPresent.Add(new SessionOrganisation { OrganisationId = OrganisationId(key) });
            }
        }

        private void AddPracticesPresented(Session session, IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                session.PracticesPresented.Add(new SessionPractice { PracticeId = _practices[key].Practice.Id });
            }
        }

        private CallForPractices NewCallForPractices(int sessionId) => new()
        {
            Theme = "Articulación entre gobiernos locales y organizaciones lideradas por personas refugiadas para la inclusión laboral",
            Description =
                "Como seguimiento de la sesión conjunta del 21 de agosto de 2025, los equipos técnicos invitan a gobiernos locales, " +
                "organizaciones de la sociedad civil y organizaciones lideradas por personas refugiadas a documentar prácticas en las que trabajen de forma articulada. " +
                "Interesan especialmente las experiencias con resultados verificables, con enfoque de edad, género y diversidad, y con condiciones claras de réplica. " +
                "Las prácticas recibidas se revisarán con los seis criterios de buena práctica y las publicadas se presentarán en la próxima sesión conjunta.",
            StrategyAreas = [StrategyArea.JobMatching, StrategyArea.Entrepreneurship, StrategyArea.Skills, StrategyArea.FairRecruitment],
            CountryCodes = [.. Country.MirpsCodes],
            Deadline = new DateOnly(2027, 3, 31),
            SessionId = sessionId,
            CreatedById = users.Moderator,
            CreatedAtUtc = At(2025, 9, 15, 14),
        };

        // ---------------------------------------------------------------- practices

        private void AddPractices(int callId)
        {
            foreach (var spec in PracticeSpecs)
            {
                var lead = spec.Organisations.First(o => o.Role == ParticipationRole.Lead).Key;
                var practice = new Practice
                {
                    Slug = Slugify(spec.Title),
                    Title = spec.Title,
                    Summary = spec.Summary,
                    Context = spec.Context,
                    Description = spec.Description,
                    Locality = spec.Locality,
                    StartDate = spec.StartDate,
                    EndDate = spec.EndDate,
                    ImplementationStatus = spec.Status,
                    Results = spec.FirstVersionResults ?? spec.Results,
                    // A copy: the spec is static and shared, the owned entity belongs to this practice alone.
                    Indicators = new PracticeIndicators
                    {
                        PeopleReached = spec.Indicators.PeopleReached,
                        WomenReached = spec.Indicators.WomenReached,
                        PeoplePlacedInJobs = spec.Indicators.PeoplePlacedInJobs,
                        PeopleTrained = spec.Indicators.PeopleTrained,
                        BusinessesStarted = spec.Indicators.BusinessesStarted,
                        QualificationsRecognised = spec.Indicators.QualificationsRecognised,
                    },
                    AgeGenderDiversityApproach = spec.AgeGenderDiversityApproach,
                    Challenges = spec.Challenges,
                    LessonsLearned = spec.LessonsLearned,
                    ReplicationConditions = spec.ReplicationConditions,
                    SustainabilityAndFunding = spec.SustainabilityAndFunding,
                    Language = spec.Language,
                    SubmitterId = users.For(spec.Submitter),
                    SubmitterOrganisationId = OrganisationId(lead),
                    CallForPracticesId = spec.ForCall ? callId : null,
                    CreatedAtUtc = spec.CreatedAtUtc,
                    UpdatedAtUtc = spec.CreatedAtUtc,
                };
                practice.Countries.AddRange(spec.Countries.Select(code => new PracticeCountry { CountryCode = code }));
                practice.SubnationalAreas.AddRange(spec.SubnationalAreas.Select(code => new PracticeSubnationalArea { Code = code }));
                practice.StrategyAreas.AddRange(spec.Areas.Select(area => new PracticeStrategyArea { Area = area }));
                practice.Populations.AddRange(spec.Populations.Select(population => new PracticePopulation { Population = population }));
                practice.Organisations.AddRange(spec.Organisations.Select(o => new PracticeOrganisation
                {
                    OrganisationId = OrganisationId(o.Key),
                    Organisation = _organisations[o.Key],
                    Role = o.Role,
                }));
                practice.Mechanisms.AddRange(spec.Mechanisms.Select(m => new PracticeMechanism { Mechanism = m.Mechanism, Description = m.Description }));
                practice.OtherIndicators.AddRange(spec.OtherIndicators.Select(i => new PracticeIndicator { Name = i.Name, Value = i.Value, Unit = i.Unit }));
                practice.EvidenceLinks.AddRange(spec.Evidence.Select(e => new PracticeEvidenceLink { Title = e.Title, Url = e.Url }));
                practice.BuildingBlocks.AddRange(SampleBuildingBlocks.For(spec.Key));

                ApplyHistory(practice, spec);

                if (spec.Criteria.Count > 0)
                {
                    var criteria = Enum.GetValues<GoodPracticeCriterion>();
                    if (spec.Criteria.Count != criteria.Length)
                    {
                        throw new InvalidOperationException($"Sample practice '{spec.Key}' must assess all {criteria.Length} criteria.");
                    }
                    practice.Criteria.AddRange(criteria.Select((criterion, i) => new PracticeCriterionAssessment
                    {
                        Criterion = criterion,
                        IsMet = spec.Criteria[i].IsMet,
                        Note = spec.Criteria[i].Note,
                    }));
                }

                _practices.Add(spec.Key, (practice, spec));
                db.Practices.Add(practice);
            }
        }

        /// <summary>Reviewed English translations of sample practices, blocks included (issues 12 and 13).</summary>
        private void AddTranslations()
        {
            foreach (var (key, (practice, _)) in _practices)
            {
                var at = (practice.PublishedAtUtc ?? practice.CreatedAtUtc).AddDays(20);
                if (SampleTranslations.For(key, practice, practice.SubmitterId, users.Moderator, at) is { } translation)
                {
                    db.RecordTranslations.Add(translation);
                }
            }
        }

        /// <summary>Walks the practice through its history with legal transitions, so the audit trail is the domain's own.</summary>
        private void ApplyHistory(Practice practice, PracticeSpec spec)
        {
            foreach (var step in spec.History)
            {
                var bySubmitter = step.Action is LifecycleAction.Submit or LifecycleAction.ReturnToDraft;
                var actor = bySubmitter ? LifecycleActor.Submitter : LifecycleActor.Moderator;
                var userId = bySubmitter ? practice.SubmitterId : users.Moderator;
                if (!bySubmitter)
                {
                    practice.AssignedModeratorId = users.Moderator;
                }
                if (step.Action == LifecycleAction.Submit && practice.CurrentVersion > 0)
                {
                    // A resubmission carries the content completed after the moderator's comments.
                    practice.Results = spec.Results;
                }

                practice.Apply(step.Action, actor, userId, step.AtUtc, step.Comment);

                if (step.Action == LifecycleAction.Submit)
                {
                    _versions.Add(new PendingVersion(practice, practice.CurrentVersion, userId, step.AtUtc, Snapshot(practice)));
                }
            }
        }

        // Accents and ñ stay readable in the stored JSON; characters that matter in HTML are still escaped.
        private static readonly JsonSerializerOptions SnapshotOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

        private static string Snapshot(Practice p) => JsonSerializer.Serialize(
            new
            {
                p.Title,
                p.Summary,
                p.Context,
                p.Description,
                p.Locality,
                p.StartDate,
                p.EndDate,
                ImplementationStatus = p.ImplementationStatus.ToString(),
                p.Results,
                p.Indicators,
                p.AgeGenderDiversityApproach,
                p.Challenges,
                p.LessonsLearned,
                p.ReplicationConditions,
                p.SustainabilityAndFunding,
                p.Language,
            },
            SnapshotOptions);

        private void AddVersionsReviewCommentsAndSafeguarding()
        {
            foreach (var version in _versions)
            {
                db.PracticeVersions.Add(new PracticeVersion
                {
                    PracticeId = version.Practice.Id,
                    Number = version.Number,
                    SubmittedById = version.SubmittedById,
                    SubmittedAtUtc = version.AtUtc,
                    ContentJson = version.ContentJson,
                });
            }

            foreach (var (practice, spec) in _practices.Values)
            {
                if (spec.ReviewComments.Count > 0)
                {
                    var requested = spec.History.First(s => s.Action == LifecycleAction.RequestChanges);
                    var resubmitted = spec.History.FirstOrDefault(s => s.Action == LifecycleAction.Submit && s.AtUtc > requested.AtUtc);
                    foreach (var comment in spec.ReviewComments)
                    {
                        db.PracticeReviewComments.Add(new PracticeReviewComment
                        {
                            PracticeId = practice.Id,
                            VersionNumber = 1,
                            FieldName = comment.FieldName,
                            Text = comment.Text,
                            AuthorId = users.Moderator,
                            CreatedAtUtc = requested.AtUtc.AddMinutes(-30),
                            Answer = resubmitted is null ? null : comment.Answer,
                            AnsweredAtUtc = resubmitted is null || comment.Answer is null ? null : resubmitted.AtUtc.AddHours(-2),
                        });
                    }
                }

                if (practice.PublishedAtUtc is { } publishedAt)
                {
                    db.PracticeSafeguardingChecks.Add(new PracticeSafeguardingCheck
                    {
                        PracticeId = practice.Id,
                        NoPersonalDataOfDisplacedPeople = true,
                        ConsentForPhotosOfPeople = true,
                        Note = practice.Language == RecordLanguages.English
                            ? "No names or images of displaced people; figures are aggregated."
                            : "Sin nombres ni imágenes de personas desplazadas; las cifras son agregadas.",
                        CheckedById = users.Moderator,
                        CheckedAtUtc = publishedAt.AddHours(-1),
                    });
                }
            }
        }

        // ---------------------------------------------------------------- recommendations

        private void AddRecommendations(int earlierSessionId, int jointSessionId)
        {
            foreach (var spec in RecommendationSpecs)
            {
                var recommendation = new Recommendation
                {
                    Title = spec.Title,
                    Text = spec.Text,
                    Level = spec.Level,
                    ActorTypes = [.. spec.ActorTypes],
                    StrategyAreas = [.. spec.Areas],
                    Language = spec.Language,
                    CreatedById = users.For(spec.CreatedBy),
                    SessionId = spec.Session switch
                    {
                        SessionRef.Earlier => earlierSessionId,
                        SessionRef.Joint => jointSessionId,
                        _ => null,
                    },
                    ImplementationStatus = spec.Status,
                    CreatedAtUtc = spec.CreatedAtUtc,
                    UpdatedAtUtc = spec.CreatedAtUtc,
                };
                foreach (var key in spec.EvidenceKeys)
                {
                    var (practice, _) = _practices[key];
                    if (!practice.IsPublic)
                    {
                        throw new InvalidOperationException($"Evidence of a sample recommendation must be a published practice: '{key}'.");
                    }
                    recommendation.Evidence.Add(new RecommendationEvidence { PracticeId = practice.Id, Practice = practice });
                }
                foreach (var endorsement in spec.Endorsements)
                {
                    recommendation.Endorse(endorsement.Group, users.For(endorsement.Group), endorsement.Comment, endorsement.AtUtc);
                }
                foreach (var note in spec.Notes)
                {
                    recommendation.FollowUpNotes.Add(new RecommendationNote { Date = note.Date, Text = note.Text, AuthorId = users.For(note.Author) });
                }
                _recommendations.Add(spec.Key, recommendation);
                db.Recommendations.Add(recommendation);
            }
            // Issue 14: an open amendment to a draft, so the amendments section, its word diff and the decision form show something.
            var draft = _recommendations["mesas-municipales"];
            draft.ProposeAmendment(users.For(ParticipantGroup.CivilSociety),
                draft.Text.Replace("al menos una organización", "al menos dos organizaciones", StringComparison.Ordinal)
                    + " Se recomienda cubrir los gastos de transporte de sus representantes.",
                "Una sola organización queda aislada en la mesa; con dos, y sin costo para asistir, la participación se sostiene.",
                At(2025, 9, 10, 10));
        }

        // ---------------------------------------------------------------- commitments

        private void AddCommitments(int earlierSessionId, int jointSessionId)
        {
            foreach (var spec in CommitmentSpecs)
            {
                int? replicated = null;
                if (spec.ReplicatesPractice is { } replicatedKey)
                {
                    var (practice, _) = _practices[replicatedKey];
                    if (!practice.IsPublic)
                    {
                        throw new InvalidOperationException($"A sample replication must replicate a published practice: '{replicatedKey}'.");
                    }
                    replicated = practice.Id;
                }
                var lastNote = spec.Notes.Count > 0 ? spec.Notes.Max(n => n.Date) : (DateOnly?)null;
                var commitment = new Commitment
                {
                    Title = spec.Title,
                    Description = spec.Description,
                    Kind = replicated is null ? CommitmentKind.Collaboration : CommitmentKind.ReplicatePractice,
                    WithWhom = spec.WithWhom,
                    ReplicatedPracticeId = replicated,
                    TargetCountryCode = spec.TargetCountryCode,
                    TargetLocality = spec.TargetLocality,
                    DueDate = spec.DueDate,
                    Status = spec.Status,
                    SessionId = spec.Session switch
                    {
                        SessionRef.Earlier => earlierSessionId,
                        SessionRef.Joint => jointSessionId,
                        _ => null,
                    },
                    CreatedById = users.For(spec.CreatedBy),
                    CreatedAtUtc = spec.CreatedAtUtc,
                    UpdatedAtUtc = lastNote is { } date ? date.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc) : spec.CreatedAtUtc,
                    Percent = spec.Status == CommitmentStatus.Fulfilled ? 100 : spec.Percent,
                    StageReason = spec.Status is CommitmentStatus.Delayed or CommitmentStatus.Withdrawn ? spec.Notes.MaxBy(n => n.Date)?.Text : null,
                    RollUp = spec.RollUp,
                    Weight = spec.Weight,
                };
                _commitments[spec.Title] = (commitment, spec.PartOf);
                commitment.Organisations.AddRange(spec.OrganisationKeys.Select(key => new CommitmentOrganisation { OrganisationId = OrganisationId(key) }));
                commitment.LinkedPractices.AddRange(spec.PracticeKeys.Select(key => new CommitmentPractice { PracticeId = _practices[key].Practice.Id }));
                commitment.LinkedRecommendations.AddRange(spec.RecommendationKeys.Select(key => new CommitmentRecommendation { RecommendationId = _recommendations[key].Id }));
                commitment.ProgressNotes.AddRange(spec.Notes.Select(n => new CommitmentProgressNote
                {
                    Date = n.Date, Text = n.Text, AuthorId = users.For(spec.CreatedBy), Status = spec.Status, Percent = commitment.Percent,
                }));
                db.Commitments.Add(commitment);
            }
        }

        // ---------------------------------------------------------------- replication pathways (issue 13)

        /// <summary>Which sample practice took up which (to, kind, from, confirmed): four confirmed and one awaiting a moderator.</summary>
        private static readonly (string To, PathwayKind Kind, string From, bool Confirmed, string Note)[] PathwaySpecs =
        [
            ("contratacion-pa", PathwayKind.AdaptedFrom, "alianza-mx", true, "El protocolo de contratación con empresas del corredor industrial se adaptó a la Cámara de Comercio de Panamá."),
            ("workplace-english-bz", PathwayKind.InspiredBy, "escuelas-hn", true, "The municipal workshop-school model inspired the community-based vocational courses."),
            ("roster-bz", PathwayKind.InspiredBy, "ventanilla-cr", true, "The employer-linked job matching desk took up the one-stop municipal employment office."),
            ("homologacion-regional", PathwayKind.ScaledUpFrom, "certificacion-gt", true, "La certificación guatemalteca se amplió a una red regional."),
            ("ruta-juvenil-hn", PathwayKind.AdaptedFrom, "escuelas-hn", false, "La ruta juvenil retoma el acompañamiento de las escuelas-taller."),
        ];

        private void AddPathways()
        {
            foreach (var (to, kind, from, confirmed, note) in PathwaySpecs)
            {
                var (target, _) = _practices[to];
                var model = _practices[from].Practice;
                if (!model.IsPublic || (confirmed && !target.IsPublic))
                {
                    throw new InvalidOperationException($"A sample pathway must link published practices: '{from}' → '{to}'.");
                }
                var proposedAt = (target.PublishedAtUtc ?? target.UpdatedAtUtc).AddDays(1);
                var pathway = ReplicationPathway.Propose(model.Id, target.Id, kind, note, target.SubmitterId, proposedAt);
                if (confirmed)
                {
                    pathway.Confirm(users.Moderator, proposedAt.AddDays(2));
                }
                db.ReplicationPathways.Add(pathway);
            }
        }

        /// <summary>Joins each organisation's part to its joint commitment, once both have ids. True when any was joined.</summary>
        private bool LinkCommitmentParts()
        {
            var linked = false;
            foreach (var (commitment, partOf) in _commitments.Values)
            {
                if (partOf is not null)
                {
                    commitment.ParentCommitmentId = _commitments[partOf].Commitment.Id;
                    linked = true;
                }
            }
            return linked;
        }
    }

    // ==================================================================== shapes of the sample content

    private enum SessionRef
    {
        None,
        Earlier,
        Joint,
    }

    private sealed record OrganisationSpec(
        string Key,
        string Name,
        string? Acronym,
        ActorType ActorType,
        string CountryCode,
        bool IsDialogueMechanismMember,
        DateTime CreatedAtUtc,
        ParticipantGroup? ProposedBy = null);

    private sealed record Step(LifecycleAction Action, DateTime AtUtc, string? Comment = null);

    private sealed record Assessment(bool IsMet, string? Note = null);

    private sealed record ReviewCommentSpec(string? FieldName, string Text, string? Answer = null);

    private sealed record PendingVersion(Practice Practice, int Number, string SubmittedById, DateTime AtUtc, string ContentJson);

    private sealed record PracticeSpec
    {
        public required string Key { get; init; }
        public required string Title { get; init; }
        public string Language { get; init; } = RecordLanguages.Spanish;
        public required string Summary { get; init; }
        public required string Context { get; init; }
        public required string Description { get; init; }
        public string? Locality { get; init; }
        public required DateOnly StartDate { get; init; }
        public DateOnly? EndDate { get; init; }
        public required ImplementationStatus Status { get; init; }
        public required string Results { get; init; }

        /// <summary>Results as first submitted, when a moderator asked for them to be completed.</summary>
        public string? FirstVersionResults { get; init; }
        public required PracticeIndicators Indicators { get; init; }
        public IReadOnlyList<(string Name, decimal Value, string? Unit)> OtherIndicators { get; init; } = [];
        public required string AgeGenderDiversityApproach { get; init; }
        public required string Challenges { get; init; }
        public required string LessonsLearned { get; init; }
        public required string ReplicationConditions { get; init; }
        public required string SustainabilityAndFunding { get; init; }
        public required IReadOnlyList<string> Countries { get; init; }
        /// <summary>ISO 3166-2 codes of the first-level subdivisions named by the locality (issue 13).</summary>
        public IReadOnlyList<string> SubnationalAreas { get; init; } = [];
        public required IReadOnlyList<StrategyArea> Areas { get; init; }
        public required IReadOnlyList<Population> Populations { get; init; }
        public required IReadOnlyList<(string Key, ParticipationRole Role)> Organisations { get; init; }
        public required IReadOnlyList<(CoordinationMechanism Mechanism, string Description)> Mechanisms { get; init; }
        public required IReadOnlyList<(string Title, string Url)> Evidence { get; init; }
        public required ParticipantGroup Submitter { get; init; }
        public required DateTime CreatedAtUtc { get; init; }
        public IReadOnlyList<Step> History { get; init; } = [];

        /// <summary>The moderator's assessment of the six criteria, in the order of <see cref="GoodPracticeCriterion"/>.</summary>
        public IReadOnlyList<Assessment> Criteria { get; init; } = [];
        public IReadOnlyList<ReviewCommentSpec> ReviewComments { get; init; } = [];
        public bool ForCall { get; init; }
    }

    private sealed record EndorsementSpec(ParticipantGroup Group, DateTime AtUtc, string? Comment = null);

    private sealed record RecommendationNoteSpec(DateOnly Date, string Text, ParticipantGroup Author);

    private sealed record RecommendationSpec
    {
        public required string Key { get; init; }
        public required string Title { get; init; }
        public required string Text { get; init; }
        public required RecommendationLevel Level { get; init; }
        public required IReadOnlyList<ActorType> ActorTypes { get; init; }
        public required IReadOnlyList<StrategyArea> Areas { get; init; }
        public string Language { get; init; } = RecordLanguages.Spanish;
        public required ParticipantGroup CreatedBy { get; init; }
        public SessionRef Session { get; init; }
        public required RecommendationImplementationStatus Status { get; init; }
        public required DateTime CreatedAtUtc { get; init; }
        public required IReadOnlyList<string> EvidenceKeys { get; init; }
        public IReadOnlyList<EndorsementSpec> Endorsements { get; init; } = [];
        public IReadOnlyList<RecommendationNoteSpec> Notes { get; init; } = [];
    }

    private sealed record CommitmentNoteSpec(DateOnly Date, string Text);

    private sealed record CommitmentSpec
    {
        public required string Title { get; init; }
        public required string Description { get; init; }
        public string? WithWhom { get; init; }
        public string? ReplicatesPractice { get; init; }
        public string? TargetCountryCode { get; init; }
        public string? TargetLocality { get; init; }
        public required DateOnly DueDate { get; init; }
        public required CommitmentStatus Status { get; init; }
        public SessionRef Session { get; init; }
        public required ParticipantGroup CreatedBy { get; init; }
        public required DateTime CreatedAtUtc { get; init; }
        public required IReadOnlyList<string> OrganisationKeys { get; init; }
        public IReadOnlyList<string> PracticeKeys { get; init; } = [];
        public IReadOnlyList<string> RecommendationKeys { get; init; } = [];
        public IReadOnlyList<CommitmentNoteSpec> Notes { get; init; } = [];
        public int Percent { get; init; }
        public CommitmentRollUp RollUp { get; init; }
        public int Weight { get; init; } = 1;

        /// <summary>The title of the joint commitment this is one organisation's part of.</summary>
        public string? PartOf { get; init; }
    }

    private static DateTime At(int year, int month, int day, int hour = 15, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>The usual path to publication: submitted, taken into review three days later, published.</summary>
    private static Step[] PublishedAfterOneReview(DateTime submittedUtc, DateTime publishedUtc, string? publishComment = null) =>
    [
        new(LifecycleAction.Submit, submittedUtc),
        new(LifecycleAction.StartReview, submittedUtc.AddDays(3)),
        new(LifecycleAction.Publish, publishedUtc, publishComment),
    ];

    private static Assessment Met(string? note = null) => new(true, note);

    private static Assessment NotMet(string note) => new(false, note);

    // ==================================================================== organisations

    private static readonly OrganisationSpec[] OrganisationSpecs =
    [
        new("inft", MarkerOrganisationName, "INFT", ActorType.CentralGovernment, "CR", false, At(2023, 1, 9)),
        new("sneml", "Servicio Nacional de Empleo y Movilidad Laboral", "SNEML", ActorType.CentralGovernment, "MX", false, At(2023, 1, 9)),
        new("mtpl", "Ministerio de Trabajo y Previsión Laboral", "MTPL", ActorType.CentralGovernment, "GT", false, At(2023, 1, 9)),
        new("sedp", "Secretaría de Empleo y Desarrollo Productivo", "SEDP", ActorType.CentralGovernment, "HN", false, At(2023, 1, 9)),
        new("dilf", "Dirección de Inclusión Laboral y Formación", "DILF", ActorType.CentralGovernment, "SV", false, At(2023, 1, 9)),
        new("onpi", "Oficina Nacional de Protección Internacional", "ONPI", ActorType.CentralGovernment, "PA", false, At(2023, 1, 9)),
        new("nesu", "National Employment Services Unit", "NESU", ActorType.CentralGovernment, "BZ", false, At(2023, 1, 9)),
        new("laureles", "Municipalidad de Los Laureles", null, ActorType.LocalGovernment, "CR", false, At(2023, 1, 10)),
        new("santarosa", "Municipio de Santa Rosa del Sur", null, ActorType.LocalGovernment, "MX", false, At(2023, 1, 10)),
        new("puertonuevo", "Alcaldía Municipal de Puerto Nuevo", null, ActorType.LocalGovernment, "HN", false, At(2023, 1, 10)),
        new("vallealto", "Municipalidad de Valle Alto", null, ActorType.LocalGovernment, "GT", false, At(2023, 1, 10)),
        new("mancomunidad", "Mancomunidad de Municipios del Valle", "MAMUVA", ActorType.LocalGovernment, "SV", false, At(2023, 1, 10)),
        new("caminos", "Fundación Caminos de Integración", "FCI", ActorType.CivilSociety, "GT", true, At(2023, 1, 11)),
        new("horizontes", "Asociación Horizontes de Protección", "AHP", ActorType.CivilSociety, "SV", true, At(2023, 1, 11)),
        new("pastoral", "Servicio Pastoral de Acogida y Hospitalidad", "SPAH", ActorType.CivilSociety, "MX", false, At(2023, 1, 11)),
        new("bridges", "Community Bridges Belize", "CBB", ActorType.CivilSociety, "BZ", true, At(2023, 1, 11)),
        new("raices", "Red de Mujeres Refugiadas Emprendedoras Nuevas Raíces", "Nuevas Raíces", ActorType.RefugeeLed, "CR", true, At(2023, 1, 11)),
        new("apdut", "Asociación de Personas Desplazadas Unidas por el Trabajo", "APDUT", ActorType.RefugeeLed, "HN", true, At(2023, 1, 11)),
        new("puentes", "Colectivo de Personas Refugiadas Puentes", "Puentes", ActorType.RefugeeLed, "PA", true, At(2023, 1, 11)),
        new("camara", "Cámara de Comercio e Industria del Pacífico", "CCIP", ActorType.PrivateSector, "PA", false, At(2023, 1, 12)),
        new("consejo", "Consejo Empresarial para la Inclusión Laboral", "CEIL", ActorType.PrivateSector, "MX", false, At(2023, 1, 12)),
        new("bcse", "Belize Chamber of Small Enterprises", "BCSE", ActorType.PrivateSector, "BZ", false, At(2023, 1, 12)),
        new("orps", "Oficina Regional de Protección y Soluciones", "ORPS", ActorType.InternationalOrganisation, "PA", false, At(2023, 1, 12)),
        new("premev", "Programa Regional de Medios de Vida y Movilidad Humana", "PREMEV", ActorType.InternationalOrganisation, "CR", false, At(2023, 1, 12)),
        new("utistmo", "Universidad Técnica del Istmo", "UTI", ActorType.Academia, "PA", false, At(2023, 1, 13)),
        new("cemh", "Centro de Estudios sobre Movilidad Humana, Universidad Autónoma del Sureste", "CEMH", ActorType.Academia, "MX", false, At(2023, 1, 13)),
        new("cbp", "Central Belize Polytechnic", "CBP", ActorType.Academia, "BZ", false, At(2023, 1, 13)),

        // Proposed by a submitter and still waiting for a moderator or administrator to approve it.
        new("esperanza", "Colectivo de Jóvenes Retornados Nueva Esperanza", null, ActorType.RefugeeLed, "SV", false, At(2025, 11, 3), ParticipantGroup.RefugeeLed),
    ];

    // ==================================================================== practices

    private static readonly PracticeSpec[] PracticeSpecs =
    [
        // ---------------------------------------------------------------- Costa Rica, published 2023
        new()
        {
            Key = "ventanilla-cr",
            Title = "Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles",
            Summary = "La Municipalidad de Los Laureles reunió en una sola oficina la orientación laboral, la intermediación con empresas locales y la derivación a formación técnica para personas refugiadas, solicitantes de asilo y personas de la comunidad de acogida.",
            Context = "Los Laureles recibe desde 2018 a un número creciente de personas solicitantes de asilo que buscan un empleo formal. Antes de la ventanilla, cada institución atendía por separado y las personas debían recorrer varias oficinas, muchas veces sin saber que su documento provisional les permitía trabajar. Las empresas locales, por su parte, desconocían cómo contratar legalmente a personas refugiadas.",
            Description = "La ventanilla funciona dentro de la oficina municipal de intermediación de empleo y reúne, dos días por semana, a personal del Instituto Nacional de Formación Técnica y a una facilitadora de la Red de Mujeres Refugiadas Emprendedoras Nuevas Raíces. Cada persona recibe una entrevista de perfil laboral, orientación sobre sus derechos laborales y su documentación, y una derivación acompañada a vacantes, cursos o servicios de protección. Un protocolo común define qué institución responde a cada necesidad y en qué plazo.",
            Locality = "Los Laureles, provincia de Alajuela",
            StartDate = new DateOnly(2021, 5, 3),
            Status = ImplementationStatus.Ongoing,
            Results = "Entre 2021 y 2024 la ventanilla atendió a 1.240 personas, el 58 % de ellas mujeres, y 312 consiguieron un empleo formal en empresas del cantón. El tiempo promedio entre la primera visita y la derivación efectiva bajó de cinco semanas a ocho días. Treinta y cuatro empresas locales contrataron por primera vez a personas refugiadas.",
            Indicators = new() { PeopleReached = 1240, WomenReached = 719, PeoplePlacedInJobs = 312, PeopleTrained = 455 },
            OtherIndicators =
            [
                ("Empresas que contrataron por primera vez a personas refugiadas", 34m, "empresas"),
                ("Días promedio hasta la derivación efectiva", 8m, "días"),
            ],
            AgeGenderDiversityApproach = "La ventanilla ofrece horarios vespertinos y un espacio de cuido infantil para madres jefas de hogar. Las entrevistas se realizan en privado y el personal recibió formación para atender a personas LGBTIQ+ y a personas con discapacidad. Los datos de atención se registran desagregados por edad, género y nacionalidad.",
            Challenges = "La rotación del personal municipal obligó a repetir la capacitación en tres ocasiones. Algunas empresas seguían exigiendo documentos de identidad que las personas solicitantes de asilo no tienen, lo que requirió sesiones informativas con los departamentos de recursos humanos.",
            LessonsLearned = "Un protocolo escrito y firmado por todas las instituciones pesa más que la buena voluntad de las personas. La presencia de una organización liderada por personas refugiadas en la ventanilla aumentó la confianza y la asistencia, sobre todo de mujeres. Conviene medir desde el inicio los tiempos de derivación para demostrar el valor de la coordinación.",
            ReplicationConditions = "Requiere una oficina municipal de empleo con al menos dos personas funcionarias, un acuerdo con la institución nacional de formación y un directorio actualizado de empresas. Es replicable en municipios intermedios con presencia de población refugiada y un tejido empresarial local diverso.",
            SustainabilityAndFunding = "Desde 2023 el costo del personal de la ventanilla forma parte del presupuesto ordinario municipal. La Oficina Regional de Protección y Soluciones financió el equipamiento inicial y la capacitación, y el Instituto aporta su personal sin costo adicional.",
            Countries = ["CR"],
            SubnationalAreas = ["CR-A"],
            Areas = [StrategyArea.JobMatching, StrategyArea.Skills],
            Populations = [Population.Refugees, Population.AsylumSeekers, Population.HostCommunities],
            Organisations = [("laureles", ParticipationRole.Lead), ("inft", ParticipationRole.Implementer), ("raices", ParticipationRole.Partner), ("orps", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.OneStopShop, "La oficina municipal de empleo reúne en un mismo lugar y horario la orientación laboral, la intermediación con empresas y la inscripción en cursos de formación técnica."),
                (CoordinationMechanism.ReferralPathway, "Un protocolo firmado por la municipalidad, el Instituto y la red de mujeres refugiadas define las derivaciones, las personas responsables y los plazos de respuesta."),
            ],
            Evidence =
            [
                ("Informe de sistematización 2021-2023", "https://example.org/practicas/ventanilla-los-laureles/sistematizacion.pdf"),
                ("Protocolo de derivación interinstitucional", "https://example.org/practicas/ventanilla-los-laureles/protocolo"),
            ],
            Submitter = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2023, 1, 16),
            History = PublishedAfterOneReview(At(2023, 2, 6), At(2023, 3, 14)),
            Criteria =
            [
                Met("Responde a la dispersión de servicios que las propias personas usuarias señalaron."),
                Met("La red de mujeres refugiadas participa en la atención y en el protocolo."),
                Met(),
                Met("Funciona desde 2021 con presupuesto municipal."),
                Met(),
                NotMet("Aún no se dispone de un análisis del costo por persona colocada."),
            ],
        },

        // ---------------------------------------------------------------- Mexico, archived (published 2023, concluded)
        new()
        {
            Key = "bolsa-albergues-mx",
            Title = "Bolsa de trabajo temporal en albergues de la frontera sur",
            Summary = "Durante la emergencia de 2019 a 2022, el Municipio de Santa Rosa del Sur y una organización pastoral llevaron ofertas verificadas de empleo temporal a los albergues donde esperaban personas solicitantes de asilo.",
            Context = "El aumento repentino de solicitudes de asilo en 2019 saturó los albergues de la frontera sur. Las personas esperaban meses sin ingresos, lo que las exponía a la explotación laboral y al trabajo sin pago.",
            Description = "El municipio recopilaba cada semana ofertas de empleo temporal de productores agrícolas y comercios, y la organización pastoral las presentaba en los albergues. Antes de cada contratación se verificaban las condiciones de pago y de seguridad, y se acompañaba a las personas en su primer día de trabajo.",
            Locality = "Santa Rosa del Sur, Chiapas",
            StartDate = new DateOnly(2019, 8, 1),
            EndDate = new DateOnly(2022, 12, 31),
            Status = ImplementationStatus.Completed,
            Results = "Cerca de 1.100 personas accedieron a empleos temporales mientras esperaban la respuesta a su solicitud de asilo. No se registraron casos de impago en los empleos verificados, y la mesa semanal resolvió 23 incidentes con empleadores.",
            Indicators = new() { PeopleReached = 1650, WomenReached = 520, PeoplePlacedInJobs = 1100 },
            OtherIndicators = [("Incidentes con empleadores resueltos por la mesa", 23m, "incidentes")],
            AgeGenderDiversityApproach = "Se dio prioridad a las jefas de hogar y se descartaron los empleos con riesgos para adolescentes. Los albergues ofrecían cuidado infantil mientras las madres trabajaban, y se acompañó de forma específica a personas LGBTIQ+ que sufrían discriminación en los lugares de trabajo.",
            Challenges = "Los empleos eran temporales y mal remunerados, y muchas personas dejaban el municipio en cuanto recibían su documento. La verificación de empleadores dependía del voluntariado y no siempre podía hacerse a tiempo.",
            LessonsLearned = "En contextos de emergencia, verificar a los empleadores protege a las personas de la explotación. Una respuesta de emergencia necesita desde el inicio una estrategia de transición hacia el empleo formal.",
            ReplicationConditions = "Aplicable en situaciones de emergencia con albergues y un gobierno local con vínculos con empleadores. Debe combinarse con programas de empleo formal a mediano plazo.",
            SustainabilityAndFunding = "La iniciativa concluyó en 2022, cuando el servicio nacional de empleo abrió una oficina en la región. Su método de verificación de empleadores se incorporó a la alianza de reubicación laboral con empresas.",
            Countries = ["MX"],
            SubnationalAreas = ["MX-CHP"],
            Areas = [StrategyArea.JobMatching, StrategyArea.FairRecruitment],
            Populations = [Population.AsylumSeekers, Population.Refugees],
            Organisations = [("santarosa", ParticipationRole.Lead), ("pastoral", ParticipationRole.Implementer), ("sneml", ParticipationRole.Partner)],
            Mechanisms =
            [
                (CoordinationMechanism.WorkingGroup, "Una mesa semanal entre el municipio, la organización pastoral y los albergues revisaba las ofertas y atendía los incidentes con empleadores."),
                (CoordinationMechanism.ReferralPathway, "La organización pastoral presentaba las ofertas verificadas en los albergues y acompañaba a las personas en su primer día de trabajo."),
            ],
            Evidence = [("Informe de cierre 2019-2022", "https://example.org/practicas/bolsa-albergues/informe-cierre.pdf")],
            Submitter = ParticipantGroup.CivilSociety,
            CreatedAtUtc = At(2023, 3, 27),
            History =
            [
                .. PublishedAfterOneReview(At(2023, 4, 17), At(2023, 5, 18)),
                new(LifecycleAction.Archive, At(2025, 1, 20), "Iniciativa concluida en 2022; se conserva como referencia histórica."),
            ],
            Criteria =
            [
                Met(),
                Met(),
                Met(),
                NotMet("La iniciativa concluyó en 2022 y no continuó como tal."),
                Met("Útil como referencia para respuestas de emergencia."),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- Mexico, published 2023
        new()
        {
            Key = "alianza-mx",
            Title = "Alianza con empresas del corredor industrial para la reubicación y contratación de personas refugiadas",
            Summary = "El Servicio Nacional de Empleo y Movilidad Laboral, una organización pastoral y un consejo empresarial articulan la reubicación voluntaria de personas refugiadas desde la frontera sur hacia ciudades industriales con vacantes formales, con acompañamiento durante los primeros meses de empleo.",
            Context = "En la frontera sur se concentra la mayoría de las solicitudes de asilo, pero las oportunidades de empleo formal son escasas y los servicios están saturados. Al mismo tiempo, empresas del centro y del norte del país tenían vacantes sin cubrir en manufactura, logística y servicios.",
            Description = "El consejo empresarial identifica vacantes y compromete condiciones de contratación equitativa; el servicio de empleo valida las ofertas y organiza entrevistas a distancia; la organización pastoral acompaña a las familias en el traslado, la búsqueda de vivienda y la inscripción escolar. Durante los seis primeros meses, una persona de enlace visita a cada trabajadora y trabajador y media ante cualquier conflicto laboral.",
            Locality = "Frontera sur y corredor industrial del Bajío",
            StartDate = new DateOnly(2019, 9, 2),
            Status = ImplementationStatus.Ongoing,
            Results = "Entre 2019 y 2023 se reubicaron 2.860 personas, de las cuales 1.410 obtuvieron un empleo formal con seguridad social. A los doce meses, el 81 % de las personas contratadas seguía empleada, y 96 empresas se habían sumado a la alianza.",
            Indicators = new() { PeopleReached = 2860, WomenReached = 1230, PeoplePlacedInJobs = 1410, PeopleTrained = 640 },
            OtherIndicators =
            [
                ("Retención en el empleo a los doce meses", 81m, "%"),
                ("Empresas adheridas a la alianza", 96m, "empresas"),
            ],
            AgeGenderDiversityApproach = "La selección de vacantes tiene en cuenta el cuidado de hijas e hijos y da prioridad a empresas con guarderías o turnos flexibles. Las familias monoparentales reciben un apoyo adicional para la vivienda durante el primer mes, y las entrevistas se ofrecen con interpretación a lenguas indígenas cuando se necesita.",
            Challenges = "Algunas personas regresaron a la frontera por sus redes familiares o por dificultades de adaptación. El acceso a una vivienda asequible en las ciudades de destino resultó más difícil que el acceso al empleo.",
            LessonsLearned = "La reubicación funciona cuando es voluntaria, informada y acompañada después de la contratación, no solo antes. Los compromisos de contratación equitativa por escrito facilitan la mediación cuando surgen conflictos.",
            ReplicationConditions = "Requiere un mercado laboral con vacantes formales sostenidas, un servicio público de empleo con presencia en origen y en destino, y una organización de la sociedad civil con capacidad de acompañamiento psicosocial. Puede adaptarse en países con grandes diferencias regionales de empleo.",
            SustainabilityAndFunding = "El servicio de empleo integró la intermediación en su programa regular de movilidad laboral interna. Los costos de traslado los cofinancian la Oficina Regional de Protección y Soluciones y, cada vez más, las propias empresas.",
            Countries = ["MX"],
            SubnationalAreas = ["MX-CHP", "MX-GUA", "MX-QUE"],
            Areas = [StrategyArea.FairRecruitment, StrategyArea.JobMatching],
            Populations = [Population.Refugees, Population.AsylumSeekers],
            Organisations = [("sneml", ParticipationRole.Lead), ("pastoral", ParticipationRole.Implementer), ("consejo", ParticipationRole.Partner), ("orps", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.PublicPrivatePartnership, "Las empresas adheridas firman una carta de compromiso de contratación equitativa y comparten sus vacantes con el servicio de empleo."),
                (CoordinationMechanism.InterInstitutionalAgreement, "Un convenio entre el servicio de empleo y la organización pastoral define el acompañamiento en origen y en destino, y el intercambio de información con consentimiento."),
            ],
            Evidence =
            [
                ("Evaluación externa del programa, 2023", "https://example.org/practicas/alianza-corredor/evaluacion-2023.pdf"),
                ("Modelo de carta de compromiso empresarial", "https://example.org/practicas/alianza-corredor/carta-compromiso"),
            ],
            Submitter = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2023, 5, 22),
            History = PublishedAfterOneReview(At(2023, 6, 12), At(2023, 7, 20)),
            Criteria =
            [
                Met(),
                Met("Las personas refugiadas participan en la evaluación anual, aunque no participaron en el diseño inicial."),
                Met(),
                Met("Retención del 81 % a los doce meses."),
                Met(),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- Guatemala, published 2023
        new()
        {
            Key = "certificacion-gt",
            Title = "Certificación de competencias laborales para personas retornadas con necesidades de protección",
            Summary = "El Ministerio de Trabajo y Previsión Laboral certifica, mediante evaluaciones prácticas, las competencias que las personas retornadas adquirieron trabajando en el extranjero, para que puedan acreditarlas ante empleadores.",
            Context = "Muchas personas retornadas con necesidades de protección vuelven con años de experiencia en construcción, agricultura tecnificada o cocina industrial, pero sin ningún documento que la acredite. Sin certificación solo acceden a empleos informales y mal pagados, y algunas vuelven a desplazarse.",
            Description = "En el centro de recepción de personas retornadas, la Fundación Caminos de Integración identifica a quienes desean certificar su oficio y las refiere al ministerio. Evaluadores acreditados realizan pruebas prácticas en talleres de la Municipalidad de Valle Alto y emiten un certificado nacional de competencia. Quienes no alcanzan el estándar reciben un módulo corto de nivelación y pueden volver a presentarse.",
            Locality = "Valle Alto, departamento de Quetzaltenango",
            StartDate = new DateOnly(2020, 2, 10),
            Status = ImplementationStatus.Ongoing,
            Results = "Desde 2020 se evaluó a 780 personas y 610 obtuvieron un certificado en alguno de los nueve oficios ofrecidos. Una encuesta de seguimiento mostró que el ingreso mensual de las personas certificadas aumentó en promedio un 35 % un año después de la certificación.",
            Indicators = new() { PeopleReached = 780, WomenReached = 190, PeopleTrained = 170, PeoplePlacedInJobs = 340, QualificationsRecognised = 610 },
            OtherIndicators = [("Oficios con estándar de certificación", 9m, "oficios")],
            AgeGenderDiversityApproach = "Se incorporaron oficios con alta participación femenina, como la cocina industrial y la confección, al constatar que la oferta inicial favorecía a los hombres. Las evaluaciones se adaptan a personas con baja escolaridad, con instrucciones orales y en idioma k'iche' cuando es necesario.",
            Challenges = "Los estándares de algunos oficios no reflejaban las técnicas aprendidas en el extranjero. La distancia entre las comunidades de origen y las sedes de evaluación limitó la participación de las personas de zonas rurales.",
            LessonsLearned = "Evaluar lo que la persona sabe hacer, y no los diplomas que posee, abre la puerta al empleo formal. Llevar la evaluación a los municipios mediante unidades móviles es más eficaz que esperar a que las personas viajen.",
            ReplicationConditions = "Requiere un sistema nacional de normas de competencia y evaluadores acreditados. Se puede replicar en otros países con alta población retornada, adaptando los estándares a cada mercado laboral.",
            SustainabilityAndFunding = "La certificación es gratuita para las personas retornadas y se financia con el presupuesto ordinario del ministerio. La fundación cubre el transporte y la alimentación durante la evaluación con fondos de cooperación del Programa Regional de Medios de Vida y Movilidad Humana.",
            Countries = ["GT"],
            SubnationalAreas = ["GT-09"],
            Areas = [StrategyArea.QualificationRecognition, StrategyArea.Skills],
            Populations = [Population.Returnees, Population.InternallyDisplaced],
            Organisations = [("mtpl", ParticipationRole.Lead), ("caminos", ParticipationRole.Implementer), ("vallealto", ParticipationRole.Partner), ("premev", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.ReferralPathway, "La fundación identifica en el centro de recepción a las personas interesadas y las deriva al ministerio con un formulario común y su consentimiento."),
                (CoordinationMechanism.InterInstitutionalAgreement, "Un convenio con la municipalidad permite usar sus talleres como sedes de evaluación y coordinar las unidades móviles."),
            ],
            Evidence =
            [
                ("Encuesta de seguimiento a personas certificadas", "https://example.org/practicas/certificacion-retornados/encuesta-seguimiento"),
                ("Catálogo de estándares de competencia", "https://example.org/practicas/certificacion-retornados/estandares"),
            ],
            Submitter = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2023, 9, 4),
            History = PublishedAfterOneReview(At(2023, 10, 2), At(2023, 11, 8)),
            Criteria =
            [
                Met(),
                NotMet("Las personas retornadas no participaron en el diseño de los estándares; se recomienda incluirlas en su revisión."),
                Met("La oferta de oficios se amplió para incluir a más mujeres."),
                Met(),
                Met(),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- Honduras, published 2024
        new()
        {
            Key = "escuelas-hn",
            Title = "Escuelas-taller municipales para personas desplazadas internas y jóvenes de la comunidad de acogida",
            Summary = "La Alcaldía Municipal de Puerto Nuevo abrió escuelas-taller donde jóvenes desplazados por la violencia y jóvenes de los barrios que los reciben aprenden juntos un oficio, con prácticas pagadas en empresas y obras municipales.",
            Context = "Puerto Nuevo recibe a familias desplazadas internamente desde otras zonas del país, que se asientan en barrios periféricos con escasa oferta educativa. La competencia por empleos precarios generaba tensiones entre la población desplazada y la comunidad de acogida.",
            Description = "Las escuelas-taller ofrecen cursos de seis meses en electricidad, soldadura, panadería y reparación de motocicletas, combinados con formación en habilidades para la vida. La mitad de las plazas se reserva a jóvenes desplazados y la otra mitad a jóvenes de la comunidad de acogida. Una mesa técnica municipal, en la que participa la Asociación de Personas Desplazadas Unidas por el Trabajo, selecciona a las personas participantes y coordina las prácticas.",
            Locality = "Puerto Nuevo, departamento de Cortés",
            StartDate = new DateOnly(2021, 1, 18),
            Status = ImplementationStatus.Ongoing,
            Results = "Cuatro cohortes completaron la formación: 420 jóvenes egresaron y el 62 % trabajaba o estudiaba seis meses después. Veintiún egresados abrieron su propio taller, y la mesa técnica registró una clara disminución de los conflictos entre jóvenes de distintos barrios.",
            Indicators = new() { PeopleReached = 510, WomenReached = 230, PeopleTrained = 420, PeoplePlacedInJobs = 198, BusinessesStarted = 21 },
            OtherIndicators = [("Egresados que trabajan o estudian a los seis meses", 62m, "%")],
            AgeGenderDiversityApproach = "Se ofrecen becas de transporte y alimentación, y las jóvenes con hijos pequeños acceden a un servicio de cuidado infantil durante las clases. Los cursos se diseñaron para romper estereotipos: una de cada tres personas inscritas en electricidad es mujer.",
            Challenges = "La inseguridad en algunos barrios obligó a trasladar la sede de un taller. Algunas empresas dudaban en aceptar practicantes de zonas estigmatizadas hasta conocer a los primeros egresados.",
            LessonsLearned = "Formar juntos a jóvenes desplazados y de la comunidad de acogida reduce la estigmatización y amplía las redes de contactos de ambos grupos. Una organización de personas desplazadas en la mesa técnica ayuda a llegar a quienes no se acercan a las instituciones.",
            ReplicationConditions = "Requiere instalaciones municipales adecuadas, instructores certificados y un acuerdo con la institución nacional de empleo. Es adaptable a municipios medianos con población desplazada interna y demanda de oficios técnicos.",
            SustainabilityAndFunding = "La alcaldía cubre las instalaciones y el personal administrativo, y la secretaría de empleo paga a los instructores. El Programa Regional de Medios de Vida y Movilidad Humana financió el equipamiento de los talleres hasta 2024.",
            Countries = ["HN"],
            SubnationalAreas = ["HN-CR"],
            Areas = [StrategyArea.VocationalTraining, StrategyArea.Skills],
            Populations = [Population.InternallyDisplaced, Population.HostCommunities],
            Organisations = [("puertonuevo", ParticipationRole.Lead), ("sedp", ParticipationRole.Implementer), ("apdut", ParticipationRole.Partner), ("premev", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.WorkingGroup, "Una mesa técnica municipal de empleo juvenil, con la alcaldía, la secretaría, la asociación de personas desplazadas y dos empresas, se reúne cada mes."),
                (CoordinationMechanism.JointProgramme, "La alcaldía y la secretaría ejecutan un plan operativo conjunto con metas compartidas y un presupuesto común para las prácticas pagadas."),
            ],
            Evidence = [("Informe de la cuarta cohorte", "https://example.org/practicas/escuelas-taller-puerto-nuevo/informe-cohorte-4.pdf")],
            Submitter = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2023, 12, 11),
            History = PublishedAfterOneReview(At(2024, 1, 15), At(2024, 2, 22)),
            Criteria =
            [
                Met(),
                Met("La asociación de personas desplazadas forma parte de la mesa técnica."),
                Met("Destaca el cuidado infantil y la participación de mujeres en oficios no tradicionales."),
                Met(),
                Met(),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- El Salvador, published 2024
        new()
        {
            Key = "semilla-sv",
            Title = "Capital semilla y mentoría para emprendimientos de mujeres desplazadas y retornadas",
            Summary = "La Asociación Horizontes de Protección y la Mancomunidad de Municipios del Valle acompañaron a mujeres desplazadas internamente, retornadas y de la comunidad de acogida para crear o fortalecer un negocio, con capital semilla, mentoría y acceso a mercados municipales.",
            Context = "Las mujeres desplazadas por la violencia encuentran barreras para el empleo asalariado: responsabilidades de cuidado, estigma y, a menudo, la necesidad de mantener un perfil bajo por seguridad. El emprendimiento desde el hogar o en mercados locales es una alternativa, pero sin capital ni redes los negocios duran poco.",
            Description = "Tras un diagnóstico de cada idea de negocio, las participantes cursaron doce semanas de formación en gestión, finanzas y comercialización. Quienes completaron un plan de negocio recibieron capital semilla en especie y nueve meses de mentoría. Los municipios de la mancomunidad reservaron puestos en ferias y mercados y simplificaron los permisos de operación.",
            Locality = "Municipios de la Mancomunidad del Valle, departamento de La Libertad",
            StartDate = new DateOnly(2022, 3, 1),
            EndDate = new DateOnly(2024, 3, 31),
            Status = ImplementationStatus.Completed,
            Results = "De 2022 a 2024, 265 mujeres completaron la formación y 188 pusieron en marcha o fortalecieron un negocio. Al cierre, el 74 % de los negocios seguía activo y sus ingresos mensuales promedio se habían duplicado.",
            Indicators = new() { PeopleReached = 310, WomenReached = 310, PeopleTrained = 265, BusinessesStarted = 188 },
            OtherIndicators = [("Negocios activos al cierre del programa", 74m, "%")],
            AgeGenderDiversityApproach = "El horario y la sede de las sesiones se acordaron con las participantes, con espacios de cuidado para niñas y niños. Participaron mujeres jóvenes, mujeres mayores y mujeres con discapacidad, y se activó la ruta de protección cuando alguna participante enfrentaba riesgos.",
            Challenges = "La inflación de 2022 redujo el valor real del capital semilla. Algunas participantes no podían vender en ciertos mercados por motivos de seguridad, lo que obligó a buscar canales de venta en línea.",
            LessonsLearned = "El capital semilla sin mentoría posterior se pierde pronto; la combinación de ambos es lo que sostiene los negocios. La participación de los municipios abrió espacios de venta que ninguna organización podía garantizar por sí sola.",
            ReplicationConditions = "Requiere una organización con experiencia en protección y en desarrollo económico, municipios dispuestos a facilitar permisos y espacios de venta, y fondos para el capital semilla. Es replicable en contextos urbanos y semiurbanos.",
            SustainabilityAndFunding = "La mancomunidad mantiene la reserva de puestos en ferias con recursos propios. Una segunda fase, financiada por la Oficina Regional de Protección y Soluciones, vincula a las emprendedoras con cooperativas de ahorro y crédito.",
            Countries = ["SV"],
            SubnationalAreas = ["SV-LI"],
            Areas = [StrategyArea.Entrepreneurship],
            Populations = [Population.InternallyDisplaced, Population.Returnees, Population.HostCommunities],
            Organisations = [("horizontes", ParticipationRole.Lead), ("mancomunidad", ParticipationRole.Implementer), ("dilf", ParticipationRole.Partner), ("orps", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.JointProgramme, "La asociación y la mancomunidad compartieron un plan de trabajo, un presupuesto y un comité de selección de participantes."),
                (CoordinationMechanism.ReferralPathway, "Las participantes en riesgo se derivaron, con su consentimiento informado, a servicios especializados de protección."),
            ],
            Evidence =
            [
                ("Informe final de la primera fase", "https://example.org/practicas/capital-semilla-mujeres/informe-final.pdf"),
                ("Guía de mentoría para emprendedoras", "https://example.org/practicas/capital-semilla-mujeres/guia-mentoria"),
            ],
            Submitter = ParticipantGroup.CivilSociety,
            CreatedAtUtc = At(2024, 3, 25),
            History = PublishedAfterOneReview(At(2024, 4, 15), At(2024, 5, 16)),
            Criteria =
            [
                Met(),
                Met(),
                Met("Enfoque específico para mujeres, con atención a la diversidad de edades y a la discapacidad."),
                NotMet("El efecto sostenido solo está documentado hasta el cierre de la primera fase."),
                Met(),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- Panama, published 2024 after one round of changes
        new()
        {
            Key = "contratacion-pa",
            Title = "Alianza público-privada para la contratación equitativa de personas refugiadas en Panamá",
            Summary = "Una cámara de comercio, la oficina nacional de protección internacional, un colectivo de personas refugiadas y una universidad acordaron un protocolo de contratación equitativa y una plataforma compartida de perfiles laborales.",
            Context = "Las personas refugiadas reconocidas tienen derecho a trabajar, pero muchas empresas desconocían los documentos válidos y aplicaban requisitos que las excluían, como certificados de antecedentes penales del país de origen. Algunas personas pagaban a intermediarios informales para conseguir empleo.",
            Description = "La Cámara de Comercio e Industria del Pacífico elaboró, con el Colectivo Puentes y la oficina de protección, un protocolo que prohíbe cobrar a las personas candidatas y aclara los documentos aceptables. La Universidad Técnica del Istmo administra una plataforma donde las personas refugiadas registran sus perfiles y las empresas adheridas publican vacantes. El colectivo orienta a las personas candidatas y recibe quejas de manera confidencial.",
            Locality = "Ciudad de Panamá y Colón",
            StartDate = new DateOnly(2022, 6, 1),
            Status = ImplementationStatus.Ongoing,
            Results = "Ochenta y dos empresas firmaron el protocolo y 535 personas refugiadas y solicitantes de asilo consiguieron empleo a través de la plataforma, según su registro. Desde 2023 no se ha registrado ningún caso de cobro por contratación en las empresas adheridas.",
            FirstVersionResults = "Ochenta y dos empresas firmaron el protocolo y más de quinientas personas consiguieron empleo a través de la plataforma.",
            Indicators = new() { PeopleReached = 1480, WomenReached = 690, PeoplePlacedInJobs = 535 },
            OtherIndicators =
            [
                ("Empresas firmantes del protocolo", 82m, "empresas"),
                ("Quejas recibidas y resueltas", 17m, "quejas"),
            ],
            AgeGenderDiversityApproach = "La plataforma permite filtrar vacantes con horarios compatibles con el cuidado y con ajustes razonables para personas con discapacidad. El protocolo prohíbe las preguntas sobre estado civil, embarazo u orientación sexual en las entrevistas.",
            Challenges = "Las pequeñas empresas tienen menos capacidad para adaptar sus procesos de selección. La plataforma necesitó varias mejoras de accesibilidad para poder usarse desde teléfonos móviles sencillos.",
            LessonsLearned = "El sector privado se compromete más cuando participa en la redacción de las reglas que cuando se le pide adherirse a un documento ajeno. Un canal de quejas gestionado por personas refugiadas genera confianza y detecta abusos a tiempo.",
            ReplicationConditions = "Requiere una cámara empresarial con capacidad de convocatoria, un marco legal que reconozca el derecho al trabajo de las personas refugiadas y un socio técnico para la plataforma. Se puede adaptar en cualquier país de la región que reúna estas condiciones.",
            SustainabilityAndFunding = "Las empresas adheridas pagan una cuota anual que cubre el mantenimiento de la plataforma. La universidad aporta el alojamiento y el soporte técnico como parte de su programa de extensión.",
            Countries = ["PA"],
            SubnationalAreas = ["PA-8", "PA-3"],
            Areas = [StrategyArea.FairRecruitment, StrategyArea.JobMatching],
            Populations = [Population.Refugees, Population.AsylumSeekers],
            Organisations = [("camara", ParticipationRole.Lead), ("puentes", ParticipationRole.Implementer), ("onpi", ParticipationRole.Partner), ("utistmo", ParticipationRole.Partner)],
            Mechanisms =
            [
                (CoordinationMechanism.PublicPrivatePartnership, "El protocolo de contratación equitativa fue redactado y firmado conjuntamente por la cámara, la oficina de protección y el colectivo de personas refugiadas."),
                (CoordinationMechanism.SharedInformationSystem, "La plataforma de perfiles y vacantes es compartida por las empresas, el colectivo y la universidad, con reglas de acceso y consentimiento explícito de cada persona."),
            ],
            Evidence =
            [
                ("Protocolo de contratación equitativa", "https://example.org/practicas/contratacion-equitativa-panama/protocolo.pdf"),
                ("Informe anual de la plataforma, 2024", "https://example.org/practicas/contratacion-equitativa-panama/informe-2024"),
            ],
            Submitter = ParticipantGroup.RefugeeLed,
            CreatedAtUtc = At(2024, 6, 3),
            History =
            [
                new(LifecycleAction.Submit, At(2024, 7, 1)),
                new(LifecycleAction.StartReview, At(2024, 7, 4)),
                new(LifecycleAction.RequestChanges, At(2024, 7, 18), "Por favor, precisen los resultados con cifras verificables y expliquen cómo se protege la información personal en la plataforma."),
                new(LifecycleAction.Submit, At(2024, 8, 19)),
                new(LifecycleAction.StartReview, At(2024, 8, 22)),
                new(LifecycleAction.Publish, At(2024, 9, 10), "Cambios incorporados; publicada."),
            ],
            ReviewComments =
            [
                new(nameof(Practice.Results), "Indiquen el número de personas contratadas y la fuente del dato.", "Se añadió la cifra de 535 personas contratadas según el registro de la plataforma."),
                new(nameof(Practice.Mechanisms), "Describan las reglas de acceso y de consentimiento de la plataforma compartida.", "Se completó la descripción del sistema de información compartido."),
            ],
            Criteria = [Met(), Met("El colectivo de personas refugiadas redactó el protocolo junto con la cámara."), Met(), Met(), Met(), Met("Financiada en gran parte por las cuotas de las empresas.")],
        },

        // ---------------------------------------------------------------- Belize, published 2024 (English)
        new()
        {
            Key = "roster-bz",
            Title = "Employer-linked job matching for asylum seekers and refugees in the Cayo District",
            Language = RecordLanguages.English,
            Summary = "The National Employment Services Unit, a community organisation and the small-business chamber built a shared roster of job seekers and vacancies so that asylum seekers, refugees and local residents in the Cayo District are matched to formal jobs within weeks.",
            Context = "Cayo District hosts many asylum seekers from neighbouring countries, most of whom work informally in agriculture and construction while their claims are pending. Employers reported labour shortages but were unsure which documents allowed them to hire asylum seekers legally, and Spanish-speaking job seekers struggled with English-only recruitment.",
            Description = "Community Bridges Belize registers job seekers' skills in Spanish and English and explains their right to work. The National Employment Services Unit checks each vacancy against labour standards and posts it on the shared roster, while the chamber encourages its members to publish their openings there. Monthly matching days bring employers and candidates together, with interpreters on hand.",
            Locality = "San Ignacio and Santa Elena, Cayo District",
            StartDate = new DateOnly(2021, 10, 1),
            Status = ImplementationStatus.Ongoing,
            Results = "Between 2022 and 2024, 960 people registered on the roster and 347 were placed in formal jobs with social security. Sixty-one employers hired through the roster, and the average time from registration to placement fell to 26 days.",
            Indicators = new() { PeopleReached = 960, WomenReached = 410, PeoplePlacedInJobs = 347, PeopleTrained = 120 },
            OtherIndicators =
            [
                ("Employers hiring through the roster", 61m, "employers"),
                ("Average days from registration to placement", 26m, "days"),
            ],
            AgeGenderDiversityApproach = "Registration sessions are held in the evenings and at weekends, and the roster flags vacancies with childcare support or flexible shifts. Staff are trained to refer survivors of gender-based violence to specialised services, and young people without work experience are offered a short job-readiness course.",
            Challenges = "Work permit fees remained a barrier for some asylum seekers until a fee waiver was agreed in 2023. Keeping the roster up to date required a dedicated staff member that the unit did not have at first.",
            LessonsLearned = "A single shared list of candidates and vacancies avoids duplicated effort and gives employers one point of contact. Bilingual staff and interpreters matter as much as the technology.",
            ReplicationConditions = "It requires a public employment service willing to share data under clear consent rules, an employers' organisation with local reach and a community partner trusted by displaced people. It can be adapted to other districts with a mix of displaced and local job seekers.",
            SustainabilityAndFunding = "Since 2024 the unit has funded the roster coordinator from its regular budget. The regional protection office paid for the software and the initial training, and the chamber covers the cost of the matching days.",
            Countries = ["BZ"],
            SubnationalAreas = ["BZ-CY"],
            Areas = [StrategyArea.JobMatching, StrategyArea.FairRecruitment],
            Populations = [Population.AsylumSeekers, Population.Refugees, Population.HostCommunities],
            Organisations = [("nesu", ParticipationRole.Lead), ("bridges", ParticipationRole.Implementer), ("bcse", ParticipationRole.Partner), ("orps", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.SharedInformationSystem, "A shared roster of job seekers and vacancies is used by the employment unit, the community organisation and the chamber, with consent recorded for each candidate."),
                (CoordinationMechanism.ReferralPathway, "Candidates who need protection services, language classes or help with documents are referred through an agreed pathway with named focal points."),
            ],
            Evidence = [("Roster annual report 2024", "https://example.org/practices/cayo-job-roster/annual-report-2024.pdf")],
            Submitter = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2024, 9, 30),
            History = PublishedAfterOneReview(At(2024, 10, 28), At(2024, 12, 5)),
            Criteria =
            [
                Met(),
                Met(),
                Met(),
                NotMet("Placement data after twelve months is not yet available."),
                Met(),
                Met("Low running costs once the roster was set up."),
            ],
        },

        // ---------------------------------------------------------------- Belize, published 2025 (English)
        new()
        {
            Key = "workplace-english-bz",
            Title = "Community-based vocational training with workplace English in Orange Walk",
            Language = RecordLanguages.English,
            Summary = "Central Belize Polytechnic and Community Bridges Belize run short vocational courses with integrated workplace English for refugees, asylum seekers and young people from host communities, designed together with local employers.",
            Context = "Many refugees and asylum seekers in northern Belize speak only Spanish, which confines them to informal work even when they have trade skills. Young Belizeans in the same communities also lacked access to accredited technical training close to home.",
            Description = "The polytechnic delivers eight- to twelve-week courses in hospitality, electrical installation and agro-processing in community centres. Each course includes a workplace English module designed with employers, and Community Bridges provides outreach, stipends and follow-up. A local working group of employers, the employment unit, instructors and learners reviews the course content every year.",
            Locality = "Orange Walk Town, Orange Walk District",
            StartDate = new DateOnly(2022, 9, 5),
            Status = ImplementationStatus.Ongoing,
            Results = "Three hundred and twelve learners have completed a course, 46 per cent of them refugees or asylum seekers. Two-thirds passed the accredited assessment, and 140 found a job or started a business within six months.",
            Indicators = new() { PeopleReached = 380, WomenReached = 205, PeopleTrained = 312, PeoplePlacedInJobs = 126, BusinessesStarted = 14, QualificationsRecognised = 208 },
            AgeGenderDiversityApproach = "Courses are scheduled around school hours so that parents can attend, and stipends cover transport and childcare. Classes deliberately mix displaced and local learners, and materials are adapted for learners with low literacy.",
            Challenges = "Finding instructors able to teach technical content in both English and Spanish was difficult. Some learners dropped out when seasonal agricultural work became available.",
            LessonsLearned = "Teaching English through the vocabulary of a trade is more motivating and effective than general language classes. Involving employers in course design made them more willing to hire graduates.",
            ReplicationConditions = "It requires an accredited training provider willing to teach outside its campus, a community partner for outreach and a group of committed employers. It suits bilingual and multilingual areas across the region.",
            SustainabilityAndFunding = "The polytechnic now lists the courses in its regular catalogue, with fees waived for refugees and asylum seekers. Stipends still depend on external funding from the regional livelihoods programme, which is the main risk to sustainability.",
            Countries = ["BZ"],
            SubnationalAreas = ["BZ-OW"],
            Areas = [StrategyArea.VocationalTraining, StrategyArea.Skills],
            Populations = [Population.Refugees, Population.AsylumSeekers, Population.HostCommunities],
            Organisations = [("cbp", ParticipationRole.Lead), ("bridges", ParticipationRole.Implementer), ("nesu", ParticipationRole.Partner), ("premev", ParticipationRole.Funder)],
            Mechanisms =
            [
                (CoordinationMechanism.InterInstitutionalAgreement, "A memorandum of understanding between the polytechnic and Community Bridges sets out who does the outreach, the teaching and the follow-up."),
                (CoordinationMechanism.WorkingGroup, "A local working group of employers, the employment unit, instructors and learner representatives reviews the course content every year."),
            ],
            Evidence =
            [
                ("Course completion and placement report 2024", "https://example.org/practices/orange-walk-workplace-english/report-2024.pdf"),
                ("Workplace English module outline", "https://example.org/practices/orange-walk-workplace-english/module"),
            ],
            Submitter = ParticipantGroup.CivilSociety,
            CreatedAtUtc = At(2025, 1, 13),
            History = PublishedAfterOneReview(At(2025, 2, 3), At(2025, 3, 12)),
            Criteria =
            [
                Met(),
                Met("Learners sit on the working group that reviews the courses."),
                Met(),
                Met(),
                Met(),
                NotMet("Cost per graduate is high because of small classes; the team is testing larger cohorts."),
            ],
        },

        // ---------------------------------------------------------------- Regional, published 2025 after one round of changes
        new()
        {
            Key = "homologacion-regional",
            Title = "Red regional para la homologación de títulos y el reconocimiento de aprendizajes previos",
            Summary = "Universidades, institutos de formación y un programa regional crearon una red que orienta a personas refugiadas en la homologación de títulos y el reconocimiento de aprendizajes previos, con un sistema compartido de información sobre requisitos, costos y plazos.",
            Context = "Muchas personas refugiadas tienen títulos técnicos o universitarios que no pueden ejercer porque la homologación es larga, costosa y exige documentos que no pudieron traer consigo. Cada país tenía reglas distintas y no existía información comparada.",
            Description = "La red mantiene una guía comparada de requisitos de homologación en cuatro países y un servicio de orientación gratuito. Las universidades participantes aceptan evaluaciones de conocimientos cuando faltan documentos académicos, y el Instituto Nacional de Formación Técnica reconoce aprendizajes previos en oficios técnicos. Un grupo de trabajo regional revisa cada semestre los casos difíciles y propone cambios normativos.",
            StartDate = new DateOnly(2022, 1, 17),
            Status = ImplementationStatus.Ongoing,
            Results = "La red orientó a 1.950 personas y acompañó 420 procesos de homologación o de reconocimiento, de los cuales 287 concluyeron con éxito. Dos universidades redujeron sus aranceles de homologación para personas refugiadas y tres instituciones aprobaron un procedimiento para casos sin documentos originales.",
            FirstVersionResults = "La red orientó a cerca de dos mil personas y acompañó varios cientos de procesos de homologación.",
            Indicators = new() { PeopleReached = 1950, WomenReached = 1010, QualificationsRecognised = 287 },
            OtherIndicators =
            [
                ("Procesos de homologación o reconocimiento acompañados", 420m, "procesos"),
                ("Instituciones con procedimiento para casos sin documentos", 3m, "instituciones"),
            ],
            AgeGenderDiversityApproach = "La guía está disponible en formatos accesibles y en lenguaje sencillo. Se da prioridad a las profesionales de la salud y de la educación, sectores con alta demanda en los que las mujeres refugiadas son mayoría.",
            Challenges = "Los cambios normativos dependen de consejos universitarios y colegios profesionales que se reúnen pocas veces al año. Mantener actualizada la información de cuatro países exige un esfuerzo constante.",
            LessonsLearned = "La información comparada entre países ayuda a convencer a las instituciones más restrictivas. La evaluación de conocimientos es una alternativa viable cuando los documentos originales no existen.",
            ReplicationConditions = "Requiere instituciones académicas dispuestas a revisar sus reglamentos y una coordinación regional con capacidad de convocatoria. Para sumar un país basta con una universidad y una institución de formación técnica que designen a una persona de enlace.",
            SustainabilityAndFunding = "Cada institución financia a su personal de orientación, y el Programa Regional de Medios de Vida y Movilidad Humana financia la coordinación y la guía hasta 2026. La red busca integrarse en un espacio regional permanente de reconocimiento de calificaciones.",
            Countries = ["CR", "GT", "MX", "PA"],
            Areas = [StrategyArea.QualificationRecognition, StrategyArea.Other],
            Populations = [Population.Refugees, Population.AsylumSeekers],
            Organisations =
            [
                ("premev", ParticipationRole.Lead), ("utistmo", ParticipationRole.Implementer), ("cemh", ParticipationRole.Implementer),
                ("inft", ParticipationRole.Partner), ("mtpl", ParticipationRole.Partner),
            ],
            Mechanisms =
            [
                (CoordinationMechanism.SharedInformationSystem, "Una base de datos compartida registra requisitos, costos y plazos de homologación por país y profesión, y cada institución actualiza su parte."),
                (CoordinationMechanism.WorkingGroup, "Un grupo de trabajo regional revisa cada semestre los casos difíciles y propone reformas a los reglamentos."),
            ],
            Evidence =
            [
                ("Guía comparada de homologación (2025)", "https://example.org/practicas/red-homologacion/guia-comparada"),
                ("Estudio sobre barreras de homologación", "https://example.org/practicas/red-homologacion/estudio-barreras.pdf"),
            ],
            Submitter = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2025, 2, 24),
            History =
            [
                new(LifecycleAction.Submit, At(2025, 3, 17)),
                new(LifecycleAction.StartReview, At(2025, 3, 20)),
                new(LifecycleAction.RequestChanges, At(2025, 4, 2), "Falta precisar cuántos procesos concluyeron con éxito y qué cambios normativos se lograron."),
                new(LifecycleAction.Submit, At(2025, 5, 5)),
                new(LifecycleAction.StartReview, At(2025, 5, 8)),
                new(LifecycleAction.Publish, At(2025, 6, 18)),
            ],
            ReviewComments =
            [
                new(nameof(Practice.Results), "Indiquen cuántos procesos concluyeron con éxito y qué cambios normativos se lograron.", "Se añadieron los 287 procesos concluidos y los cambios aprobados por tres instituciones."),
                new(nameof(Practice.ReplicationConditions), "¿Qué se necesita para que se sume un nuevo país?", "Se completó la sección con las condiciones para sumar países."),
            ],
            Criteria =
            [
                Met(),
                Met(),
                Met(),
                NotMet("La coordinación depende todavía de financiamiento externo hasta 2026."),
                Met("Condiciones claras para sumar nuevos países."),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- Regional (all seven countries), published 2025
        new()
        {
            Key = "comunidad-regional",
            Title = "Comunidad de práctica de oficinas municipales de empleo para la inclusión de personas desplazadas",
            Summary = "Oficinas municipales de empleo de los siete países del MIRPS intercambian cada mes herramientas, protocolos y casos para mejorar la inclusión laboral de las personas desplazadas, con la participación de organizaciones de la sociedad civil y lideradas por personas refugiadas.",
            Context = "Los gobiernos locales son la primera puerta de entrada de las personas desplazadas a los servicios de empleo, pero rara vez tienen espacios para aprender unos de otros. Las experiencias exitosas de un municipio no llegaban a otros con desafíos parecidos.",
            Description = "La Mancomunidad de Municipios del Valle coordina sesiones virtuales mensuales y un encuentro presencial anual. Cada sesión la presenta un municipio junto con una organización de la sociedad civil o liderada por personas refugiadas de su localidad. Las herramientas que se comparten se publican en un repositorio común, en español y en inglés.",
            StartDate = new DateOnly(2023, 4, 3),
            Status = ImplementationStatus.Pilot,
            Results = "Participan 38 municipios de los siete países, y 14 adoptaron al menos una herramienta de otro municipio, como protocolos de derivación o fichas de perfil laboral. El repositorio reúne 45 herramientas que se han descargado más de 3.000 veces.",
            Indicators = new(),
            OtherIndicators =
            [
                ("Municipios participantes", 38m, "municipios"),
                ("Municipios que adoptaron una herramienta de otro municipio", 14m, "municipios"),
                ("Herramientas en el repositorio", 45m, "herramientas"),
            ],
            AgeGenderDiversityApproach = "Cada sesión incluye un segmento fijo sobre el enfoque de edad, género y diversidad, y se invita a presentar a jóvenes, mujeres y personas LGBTIQ+ refugiadas o desplazadas. La interpretación entre español e inglés permite la participación de los municipios de Belice.",
            Challenges = "La rotación de autoridades municipales tras las elecciones interrumpe la participación. La conectividad limitada de algunos municipios rurales dificulta las sesiones virtuales.",
            LessonsLearned = "Los municipios aprenden mejor de sus pares que de guías genéricas. Presentar cada experiencia junto con una organización local da una visión más honesta de lo que funcionó y de lo que no.",
            ReplicationConditions = "Requiere una entidad coordinadora con legitimidad ante los municipios, interpretación y una plataforma sencilla. El modelo puede aplicarse a otros temas de gobernabilidad local.",
            SustainabilityAndFunding = "La mancomunidad aporta la coordinación con su propio personal, y la Oficina Regional de Protección y Soluciones financia la interpretación y el encuentro anual. Se estudia una cuota simbólica de los municipios participantes.",
            Countries = [.. Country.MirpsCodes],
            Areas = [StrategyArea.Other, StrategyArea.JobMatching],
            Populations = [Population.Refugees, Population.AsylumSeekers, Population.InternallyDisplaced, Population.Returnees, Population.HostCommunities],
            Organisations =
            [
                ("mancomunidad", ParticipationRole.Lead), ("laureles", ParticipationRole.Partner), ("puertonuevo", ParticipationRole.Partner),
                ("caminos", ParticipationRole.Partner), ("raices", ParticipationRole.Partner), ("orps", ParticipationRole.Funder),
            ],
            Mechanisms =
            [
                (CoordinationMechanism.WorkingGroup, "Sesiones mensuales con un calendario rotativo de presentaciones y un comité coordinador de cinco municipios."),
                (CoordinationMechanism.Other, "Un repositorio común y bilingüe de herramientas, con fichas que describen las condiciones de uso de cada una."),
            ],
            Evidence = [("Repositorio de herramientas municipales", "https://example.org/practicas/comunidad-oficinas-municipales/repositorio")],
            Submitter = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 25),
            History = PublishedAfterOneReview(At(2025, 9, 8), At(2025, 10, 7), "Presentada en la sesión conjunta; publicada tras la revisión."),
            Criteria =
            [
                Met(),
                Met("Cada presentación se prepara con una organización local, incluidas organizaciones lideradas por personas refugiadas."),
                Met(),
                NotMet("Es una iniciativa piloto; su efecto sostenido todavía no puede valorarse."),
                Met(),
                Met(),
            ],
        },

        // ---------------------------------------------------------------- Honduras, changes requested
        new()
        {
            Key = "ruta-juvenil-hn",
            Title = "Ruta de empleabilidad juvenil para personas desplazadas internas en el valle de Sula",
            Summary = "La Asociación de Personas Desplazadas Unidas por el Trabajo acompaña a jóvenes desplazados en una ruta de orientación, formación corta y colocación laboral, en coordinación con la secretaría de empleo.",
            Context = "Los jóvenes desplazados internamente interrumpen sus estudios y pierden sus redes de apoyo. Sin referencias laborales ni experiencia, son los primeros excluidos de los procesos de selección.",
            Description = "La asociación identifica a jóvenes de 18 a 29 años en los barrios receptores y los acompaña en una ruta de cuatro etapas: orientación vocacional, formación corta, preparación para entrevistas y colocación. La secretaría de empleo aporta las vacantes y los cursos, y la asociación da seguimiento durante los tres primeros meses de empleo.",
            Locality = "Valle de Sula, departamento de Cortés",
            StartDate = new DateOnly(2023, 7, 3),
            Status = ImplementationStatus.Pilot,
            Results = "En el primer año, 150 jóvenes iniciaron la ruta y 64 consiguieron un empleo. Se está recopilando información sobre la permanencia en el empleo.",
            Indicators = new() { PeopleReached = 150, WomenReached = 71, PeopleTrained = 118, PeoplePlacedInJobs = 64 },
            AgeGenderDiversityApproach = "La ruta adapta los horarios para las madres jóvenes y ofrece acompañamiento específico a jóvenes LGBTIQ+. Las personas mentoras son, en su mayoría, jóvenes desplazados que ya consiguieron empleo.",
            Challenges = "Algunos jóvenes no pueden desplazarse a ciertas zonas de la ciudad por motivos de seguridad. La asociación depende del voluntariado para el seguimiento.",
            LessonsLearned = "El acompañamiento de personas con la misma experiencia de desplazamiento mejora la permanencia en la ruta. La coordinación con la secretaría debe formalizarse para no depender de relaciones personales.",
            ReplicationConditions = "Requiere una organización con presencia en los barrios y un acuerdo con el servicio público de empleo. Las demás condiciones de réplica se están documentando.",
            SustainabilityAndFunding = "La asociación financia la ruta con pequeñas donaciones y el trabajo voluntario de sus integrantes. Busca un convenio con la alcaldía para cubrir el transporte de las personas participantes.",
            Countries = ["HN"],
            SubnationalAreas = ["HN-CR"],
            Areas = [StrategyArea.Skills, StrategyArea.JobMatching],
            Populations = [Population.InternallyDisplaced],
            Organisations = [("apdut", ParticipationRole.Lead), ("sedp", ParticipationRole.Partner), ("puertonuevo", ParticipationRole.Partner)],
            Mechanisms = [(CoordinationMechanism.ReferralPathway, "La asociación deriva a los jóvenes a los cursos y vacantes de la secretaría con una ficha común.")],
            Evidence = [("Presentación de la ruta juvenil", "https://example.org/practicas/ruta-juvenil-sula/presentacion")],
            Submitter = ParticipantGroup.RefugeeLed,
            CreatedAtUtc = At(2025, 9, 29),
            ForCall = true,
            History =
            [
                new(LifecycleAction.Submit, At(2025, 10, 20)),
                new(LifecycleAction.StartReview, At(2025, 10, 27)),
                new(LifecycleAction.RequestChanges, At(2025, 11, 10), "Gracias por la propuesta. Antes de publicarla, precisen el papel de la alcaldía y de la secretaría en cada etapa de la ruta, e indiquen cuántos jóvenes seguían empleados a los tres meses."),
            ],
            ReviewComments =
            [
                new(nameof(Practice.Description), "Describan quién hace qué en cada etapa de la ruta y si existe un acuerdo escrito con la secretaría."),
                new(nameof(Practice.Results), "Añadan la permanencia en el empleo a los tres meses, aunque sea un dato preliminar."),
            ],
        },

        // ---------------------------------------------------------------- El Salvador, rejected
        new()
        {
            Key = "feria-sv",
            Title = "Feria de empleo para personas retornadas en San Salvador",
            Summary = "Una feria de empleo de un día reunió a veinte empresas y a personas retornadas para presentar vacantes y recibir hojas de vida.",
            Context = "Las personas retornadas tienen dificultades para conocer las vacantes disponibles cuando vuelven al país. La Dirección de Inclusión Laboral y Formación buscaba un espacio de encuentro directo con los empleadores.",
            Description = "La dirección organizó en 2024 una feria con veinte empresas en un centro de convenciones. Las personas retornadas fueron convocadas por redes sociales y recibieron orientación para preparar su hoja de vida.",
            Locality = "San Salvador",
            StartDate = new DateOnly(2024, 6, 14),
            EndDate = new DateOnly(2024, 6, 14),
            Status = ImplementationStatus.Completed,
            Results = "Asistieron unas 400 personas y las empresas recibieron más de 600 hojas de vida. No se dispone de información sobre contrataciones posteriores.",
            Indicators = new() { PeopleReached = 400 },
            AgeGenderDiversityApproach = "Se habilitó un espacio de lactancia y atención preferente para personas mayores y personas con discapacidad. No se recogieron datos desagregados de asistencia.",
            Challenges = "Muchas personas retornadas no se enteraron a tiempo de la convocatoria. Las empresas no informaron cuántas personas contrataron después.",
            LessonsLearned = "Una feria aislada y sin seguimiento no permite saber si generó empleos. Convendría integrarla en una ruta de acompañamiento más amplia.",
            ReplicationConditions = "Es fácil de organizar, pero solo tiene sentido como parte de un servicio continuo de intermediación laboral.",
            SustainabilityAndFunding = "Se financió con recursos propios de la dirección para una sola edición. No hay una segunda edición prevista por el momento.",
            Countries = ["SV"],
            SubnationalAreas = ["SV-SS"],
            Areas = [StrategyArea.JobMatching],
            Populations = [Population.Returnees],
            Organisations = [("dilf", ParticipationRole.Lead)],
            Mechanisms = [(CoordinationMechanism.Other, "Convocatoria conjunta con empresas para un evento de un día.")],
            Evidence = [("Nota de prensa de la feria", "https://example.org/practicas/feria-retornados/nota-prensa")],
            Submitter = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2024, 10, 7),
            History =
            [
                new(LifecycleAction.Submit, At(2024, 10, 21)),
                new(LifecycleAction.StartReview, At(2024, 10, 28)),
                new(LifecycleAction.Reject, At(2024, 11, 12), "La experiencia no describe un mecanismo de articulación sostenido ni resultados de empleo verificables. Les animamos a documentar la ruta de acompañamiento de la que forma parte la feria y a enviarla de nuevo cuando existan datos de seguimiento."),
            ],
            Criteria =
            [
                Met("Responde a una necesidad real de información sobre vacantes."),
                NotMet("Organizada por una sola institución, sin participación de personas retornadas."),
                NotMet("Sin datos desagregados ni adaptaciones más allá del evento."),
                NotMet("Evento único sin seguimiento."),
                NotMet("No se describen condiciones de réplica."),
                NotMet("No es posible valorar el costo frente a resultados sin datos de contratación."),
            ],
        },

        // ---------------------------------------------------------------- Belize, in review (English)
        new()
        {
            Key = "incubator-bz",
            Title = "Small-business incubation for refugee and host-community women in Belmopan",
            Language = RecordLanguages.English,
            Summary = "A women's business incubator offers training, mentoring and shared workspace to refugee, asylum-seeking and Belizean women who want to start or grow a small business.",
            Context = "Refugee and asylum-seeking women in Belmopan face language barriers and care responsibilities that limit their access to salaried work. Many already run informal food or craft businesses but lack licences, bookkeeping skills and access to credit.",
            Description = "The Belize Chamber of Small Enterprises hosts the incubator in its offices and pairs each participant with a volunteer mentor from its membership. Community Bridges Belize handles outreach and childcare, and the National Employment Services Unit helps participants register their businesses. Cohorts of twenty women follow a six-month programme that ends with a pitch event before local lenders.",
            Locality = "Belmopan, Cayo District",
            StartDate = new DateOnly(2024, 2, 5),
            Status = ImplementationStatus.Pilot,
            Results = "Two cohorts have completed the programme: 38 women graduated and 22 registered a formal business. Five participants obtained their first microloan.",
            Indicators = new() { PeopleReached = 52, WomenReached = 52, PeopleTrained = 38, BusinessesStarted = 22 },
            AgeGenderDiversityApproach = "Sessions are held in Spanish and English with on-site childcare. Participants include older women and women with disabilities, and mentors receive guidance on referring cases of gender-based violence.",
            Challenges = "Business licensing costs are high compared with early revenues. Some lenders still require documents that asylum seekers do not hold.",
            LessonsLearned = "Peer groups of displaced and local women build trust and customer networks quickly. Mentoring by established business owners opens doors that training alone does not.",
            ReplicationConditions = "It requires a business association willing to host the incubator and a community partner for outreach and childcare. It could be adapted in other district towns.",
            SustainabilityAndFunding = "The chamber covers the space and the coordination of mentors; training materials and childcare are funded by a two-year grant. The partners are negotiating a reduction in licence fees with the city council.",
            Countries = ["BZ"],
            SubnationalAreas = ["BZ-CY"],
            Areas = [StrategyArea.Entrepreneurship],
            Populations = [Population.Refugees, Population.AsylumSeekers, Population.HostCommunities],
            Organisations = [("bcse", ParticipationRole.Lead), ("bridges", ParticipationRole.Implementer), ("nesu", ParticipationRole.Partner)],
            Mechanisms = [(CoordinationMechanism.PublicPrivatePartnership, "The chamber, the employment unit and Community Bridges share the incubator's costs and roles under a written agreement.")],
            Evidence = [("Incubator cohort report", "https://example.org/practices/belmopan-incubator/cohort-report")],
            Submitter = ParticipantGroup.CivilSociety,
            CreatedAtUtc = At(2025, 10, 6),
            ForCall = true,
            History =
            [
                new(LifecycleAction.Submit, At(2025, 10, 27)),
                new(LifecycleAction.StartReview, At(2025, 11, 3)),
            ],
        },

        // ---------------------------------------------------------------- Guatemala, submitted
        new()
        {
            Key = "cooperativa-gt",
            Title = "Cooperativa agrícola de personas retornadas y familias de la comunidad de acogida en Valle Alto",
            Summary = "Personas retornadas y familias campesinas de Valle Alto formaron una cooperativa de producción y comercialización de hortalizas, con apoyo técnico municipal y de una fundación.",
            Context = "Muchas personas retornadas vuelven a comunidades rurales donde el empleo asalariado es escaso. Las familias de la comunidad de acogida cultivan pequeñas parcelas, pero venden a intermediarios a precios bajos.",
            Description = "La cooperativa reúne a 45 socias y socios, la mitad personas retornadas, que comparten un centro de acopio y negocian juntos con supermercados regionales. La municipalidad cede el terreno del centro de acopio y brinda asistencia técnica agrícola, y la Fundación Caminos de Integración acompaña la gestión y la contabilidad.",
            Locality = "Valle Alto, departamento de Quetzaltenango",
            StartDate = new DateOnly(2023, 3, 1),
            Status = ImplementationStatus.Ongoing,
            Results = "En dos cosechas la cooperativa vendió 180 toneladas de hortalizas, y el ingreso de sus integrantes aumentó un 40 % respecto de la venta individual. Tres personas retornadas ocupan cargos en la junta directiva.",
            Indicators = new() { PeopleReached = 45, WomenReached = 19, PeopleTrained = 45, BusinessesStarted = 1 },
            OtherIndicators = [("Hortalizas comercializadas", 180m, "toneladas")],
            AgeGenderDiversityApproach = "Los estatutos reservan al menos un tercio de los cargos directivos a mujeres. Los jóvenes retornados participan en un programa de relevo generacional dentro de la cooperativa.",
            Challenges = "El acceso al crédito agrícola es difícil porque pocas personas tienen títulos de propiedad. La sequía de 2024 redujo una de las cosechas.",
            LessonsLearned = "La organización colectiva da a las personas retornadas una red de pertenencia además de ingresos. El apoyo municipal en infraestructura reduce el riesgo para los socios.",
            ReplicationConditions = "Requiere tierra disponible, un mercado comprador identificado y acompañamiento en gestión durante al menos tres años. Es replicable en municipios rurales con población retornada.",
            SustainabilityAndFunding = "La cooperativa cubre sus costos de operación con un porcentaje de las ventas. El acompañamiento de la fundación se reducirá gradualmente hasta 2027.",
            Countries = ["GT"],
            SubnationalAreas = ["GT-09"],
            Areas = [StrategyArea.Entrepreneurship, StrategyArea.Other],
            Populations = [Population.Returnees, Population.HostCommunities],
            Organisations = [("caminos", ParticipationRole.Lead), ("vallealto", ParticipationRole.Implementer), ("mtpl", ParticipationRole.Partner)],
            Mechanisms = [(CoordinationMechanism.InterInstitutionalAgreement, "Un convenio entre la municipalidad, la fundación y la cooperativa define el uso del centro de acopio y la asistencia técnica.")],
            Evidence = [("Estatutos y plan de negocio de la cooperativa", "https://example.org/practicas/cooperativa-valle-alto/plan-negocio")],
            Submitter = ParticipantGroup.CivilSociety,
            CreatedAtUtc = At(2025, 10, 13),
            ForCall = true,
            History = [new(LifecycleAction.Submit, At(2025, 11, 24))],
        },

        // ---------------------------------------------------------------- Panama, draft (submitted once, then taken back)
        new()
        {
            Key = "pasantias-pa",
            Title = "Pasantías remuneradas en el sector logístico para jóvenes refugiados y panameños",
            Summary = "Empresas logísticas ofrecen pasantías remuneradas a jóvenes refugiados y panameños, después de una formación técnica en la universidad.",
            Context = "Jóvenes refugiados con estudios secundarios completos no logran su primer empleo formal por falta de experiencia. El sector logístico demanda personal técnico, pero las empresas rara vez ofrecen pasantías a jóvenes sin redes de contacto.",
            Description = "La Universidad Técnica del Istmo imparte un curso de tres meses en operaciones logísticas, seguido de una pasantía remunerada de cuatro meses en empresas afiliadas a la cámara. El Colectivo Puentes acompaña a los jóvenes y media con las empresas cuando surgen dificultades.",
            Locality = "Colón y Panamá Oeste",
            StartDate = new DateOnly(2025, 6, 2),
            Status = ImplementationStatus.Pilot,
            Results = "La primera cohorte de 25 jóvenes completó el curso y 19 iniciaron su pasantía. Los datos de contratación posterior estarán disponibles a mediados de 2026.",
            Indicators = new() { PeopleReached = 25, WomenReached = 11, PeopleTrained = 25 },
            AgeGenderDiversityApproach = "La mitad de las plazas se reserva a mujeres jóvenes, y se cubre el transporte desde los barrios periféricos. Las tutorías se adaptan a jóvenes con responsabilidades de cuidado.",
            Challenges = "Algunas empresas exigen documentos de identidad que tardan meses en emitirse. El costo del transporte es alto para las personas pasantes.",
            LessonsLearned = "Todavía en elaboración. El equipo documentará las lecciones al cierre de la primera cohorte, con la participación de las propias personas pasantes.",
            ReplicationConditions = "Se definirán tras la evaluación de la primera cohorte. En principio, se necesita un sector con demanda de personal técnico y empresas dispuestas a remunerar las pasantías.",
            SustainabilityAndFunding = "La primera cohorte se financia con aportes de las empresas y de la universidad. Se buscará incluir las pasantías en el programa nacional de primer empleo.",
            Countries = ["PA"],
            SubnationalAreas = ["PA-3", "PA-10"],
            Areas = [StrategyArea.FairRecruitment, StrategyArea.VocationalTraining],
            Populations = [Population.Refugees, Population.HostCommunities],
            Organisations = [("utistmo", ParticipationRole.Lead), ("puentes", ParticipationRole.Implementer), ("camara", ParticipationRole.Partner)],
            Mechanisms = [(CoordinationMechanism.PublicPrivatePartnership, "Las empresas de la cámara financian el estipendio de las pasantías y la universidad aporta la formación técnica.")],
            Evidence = [("Convocatoria de la primera cohorte", "https://example.org/practicas/pasantias-logistica/convocatoria")],
            Submitter = ParticipantGroup.RefugeeLed,
            CreatedAtUtc = At(2025, 11, 17),
            ForCall = true,
            History =
            [
                new(LifecycleAction.Submit, At(2025, 12, 1)),
                new(LifecycleAction.ReturnToDraft, At(2025, 12, 3), "Retiro el envío para completar los resultados de la primera cohorte."),
            ],
        },
    ];

    // ==================================================================== recommendations

    private static readonly RecommendationSpec[] RecommendationSpecs =
    [
        new()
        {
            Key = "ventanillas",
            Title = "Institucionalizar ventanillas únicas municipales de empleo con participación de organizaciones lideradas por personas refugiadas",
            Text = "Los gobiernos locales, con el apoyo de los servicios públicos de empleo, deberían reunir en un solo punto de atención la orientación laboral, la intermediación y la derivación a formación y a servicios de protección. Se recomienda formalizar estas ventanillas mediante protocolos firmados, incluir su costo en el presupuesto municipal ordinario y contar con organizaciones lideradas por personas refugiadas en la atención y el seguimiento.",
            Level = RecommendationLevel.Regional,
            ActorTypes = [ActorType.LocalGovernment, ActorType.CentralGovernment, ActorType.RefugeeLed],
            Areas = [StrategyArea.JobMatching],
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            Session = SessionRef.Joint,
            Status = RecommendationImplementationStatus.InProgress,
            CreatedAtUtc = At(2025, 8, 21, 14),
            EvidenceKeys = ["ventanilla-cr", "comunidad-regional"],
            Endorsements =
            [
                new(ParticipantGroup.LocalGovernanceTeam, At(2025, 8, 21, 16, 5)),
                new(ParticipantGroup.EmploymentTeam, At(2025, 8, 21, 16, 10)),
                new(ParticipantGroup.CivilSociety, At(2025, 8, 21, 16, 20)),
                new(ParticipantGroup.RefugeeLed, At(2025, 8, 21, 16, 30), "La respaldamos y pedimos que la participación de nuestras organizaciones en las ventanillas sea remunerada."),
            ],
            Notes =
            [
                new(new DateOnly(2025, 11, 20), "Dos municipios, en Honduras y en Guatemala, iniciaron el diseño de sus ventanillas a partir del protocolo de Los Laureles.", ParticipantGroup.LocalGovernanceTeam),
                new(new DateOnly(2026, 3, 5), "El equipo técnico preparó una guía breve de réplica, disponible en el repositorio de la comunidad de práctica municipal.", ParticipantGroup.LocalGovernanceTeam),
            ],
        },
        new()
        {
            Key = "homologacion",
            Title = "Facilitar la homologación de títulos y la certificación de competencias sin documentos originales",
            Text = "Los ministerios de trabajo y de educación, las universidades y los institutos de formación deberían aceptar evaluaciones de conocimientos y de competencias cuando las personas refugiadas o retornadas no puedan presentar documentos originales. Se recomienda también reducir o eximir los aranceles para estas personas y publicar información clara y comparada sobre requisitos, costos y plazos.",
            Level = RecommendationLevel.National,
            ActorTypes = [ActorType.CentralGovernment, ActorType.Academia],
            Areas = [StrategyArea.QualificationRecognition, StrategyArea.Skills],
            CreatedBy = ParticipantGroup.EmploymentTeam,
            Session = SessionRef.Joint,
            Status = RecommendationImplementationStatus.NotStarted,
            CreatedAtUtc = At(2025, 8, 21, 14, 15),
            EvidenceKeys = ["certificacion-gt", "homologacion-regional"],
            Endorsements =
            [
                new(ParticipantGroup.EmploymentTeam, At(2025, 8, 21, 16, 40)),
                new(ParticipantGroup.LocalGovernanceTeam, At(2025, 8, 21, 16, 45)),
                new(ParticipantGroup.RefugeeLed, At(2025, 8, 21, 16, 50)),
                new(ParticipantGroup.CivilSociety, At(2025, 8, 21, 17, 0), "Proponemos que los colegios profesionales participen en su aplicación."),
            ],
            Notes = [new(new DateOnly(2026, 2, 10), "Se presentó la recomendación a la red regional de homologación; dos universidades la incluirán en la revisión de sus reglamentos.", ParticipantGroup.EmploymentTeam)],
        },
        new()
        {
            Key = "mesas-municipales",
            Title = "Incluir a organizaciones de personas desplazadas en las mesas técnicas municipales de empleo",
            Text = "Las mesas técnicas o comités municipales de empleo deberían contar con al menos una organización de personas refugiadas o desplazadas, con voz y voto en la selección de participantes, el diseño de los cursos y el seguimiento. Su participación mejora el alcance de los programas y la confianza de las personas desplazadas en las instituciones.",
            Level = RecommendationLevel.Local,
            ActorTypes = [ActorType.LocalGovernment, ActorType.RefugeeLed, ActorType.CivilSociety],
            Areas = [StrategyArea.Skills, StrategyArea.VocationalTraining],
            CreatedBy = ParticipantGroup.RefugeeLed,
            Session = SessionRef.Joint,
            Status = RecommendationImplementationStatus.NotStarted,
            CreatedAtUtc = At(2025, 8, 21, 14, 30),
            EvidenceKeys = ["escuelas-hn", "comunidad-regional"],
            Endorsements =
            [
                new(ParticipantGroup.RefugeeLed, At(2025, 8, 21, 17, 10)),
                new(ParticipantGroup.LocalGovernanceTeam, At(2025, 9, 4, 15), "La respaldamos; sugerimos empezar por los municipios de la comunidad de práctica."),
            ],
        },
        new()
        {
            Key = "contratacion-equitativa",
            Title = "Adoptar criterios comunes de contratación equitativa con el sector privado",
            Text = "Los gobiernos, las organizaciones empresariales y los organismos internacionales deberían acordar criterios regionales de contratación equitativa para personas refugiadas y solicitantes de asilo: ningún cobro a las personas candidatas, claridad sobre los documentos válidos para trabajar y canales confidenciales de quejas. Estos criterios pueden adoptarse mediante cartas de compromiso de las empresas, como en las alianzas de México y Panamá.",
            Level = RecommendationLevel.Regional,
            ActorTypes = [ActorType.PrivateSector, ActorType.CentralGovernment, ActorType.InternationalOrganisation],
            Areas = [StrategyArea.FairRecruitment],
            CreatedBy = ParticipantGroup.EmploymentTeam,
            Session = SessionRef.Joint,
            Status = RecommendationImplementationStatus.InProgress,
            CreatedAtUtc = At(2025, 8, 21, 14, 45),
            EvidenceKeys = ["alianza-mx", "contratacion-pa"],
            Endorsements =
            [
                new(ParticipantGroup.EmploymentTeam, At(2025, 8, 21, 17, 15)),
                new(ParticipantGroup.CivilSociety, At(2025, 8, 21, 17, 20)),
                new(ParticipantGroup.RefugeeLed, At(2025, 8, 21, 17, 25), "Pedimos que los canales de quejas sean gestionados o cogestionados por organizaciones de personas refugiadas."),
                new(ParticipantGroup.LocalGovernanceTeam, At(2025, 8, 21, 17, 30)),
            ],
            Notes = [new(new DateOnly(2025, 12, 2), "La Cámara de Comercio e Industria del Pacífico compartió su protocolo con cámaras de otros tres países.", ParticipantGroup.EmploymentTeam)],
        },
        new()
        {
            Key = "semilla-mentoria",
            Title = "Combinar el capital semilla con mentoría y acceso a servicios financieros",
            Text = "Los programas de emprendimiento dirigidos a personas desplazadas deberían combinar el capital semilla con al menos seis meses de mentoría y con la vinculación a cooperativas o entidades financieras. Se recomienda a los gobiernos locales facilitar los permisos de operación y los espacios de venta para estos negocios.",
            Level = RecommendationLevel.National,
            ActorTypes = [ActorType.CivilSociety, ActorType.PrivateSector, ActorType.InternationalOrganisation, ActorType.LocalGovernment],
            Areas = [StrategyArea.Entrepreneurship],
            CreatedBy = ParticipantGroup.CivilSociety,
            Status = RecommendationImplementationStatus.NotStarted,
            CreatedAtUtc = At(2024, 7, 10),
            EvidenceKeys = ["semilla-sv"],
            Endorsements =
            [
                new(ParticipantGroup.CivilSociety, At(2024, 7, 10, 15, 30)),
                new(ParticipantGroup.RefugeeLed, At(2024, 7, 24)),
                new(ParticipantGroup.EmploymentTeam, At(2024, 9, 12), "De acuerdo; conviene precisar el papel de las entidades financieras públicas."),
            ],
        },
        new()
        {
            Key = "bilingual-services",
            Title = "Offer bilingual employment services and trade-specific workplace language training",
            Language = RecordLanguages.English,
            Text = "Employment services and training providers in multilingual areas should offer registration, counselling and recruitment in the languages job seekers speak, and teach the host-country language through the vocabulary of each trade. Employers should help design the language modules so that they match real workplace needs.",
            Level = RecommendationLevel.Local,
            ActorTypes = [ActorType.CentralGovernment, ActorType.Academia, ActorType.PrivateSector],
            Areas = [StrategyArea.JobMatching, StrategyArea.VocationalTraining, StrategyArea.Skills],
            CreatedBy = ParticipantGroup.EmploymentTeam,
            Status = RecommendationImplementationStatus.Implemented,
            CreatedAtUtc = At(2025, 4, 7),
            EvidenceKeys = ["roster-bz", "workplace-english-bz"],
            Endorsements =
            [
                new(ParticipantGroup.EmploymentTeam, At(2025, 4, 7, 16)),
                new(ParticipantGroup.CivilSociety, At(2025, 4, 22)),
                new(ParticipantGroup.RefugeeLed, At(2025, 5, 6), "Language support should also cover indigenous languages where relevant."),
                new(ParticipantGroup.LocalGovernanceTeam, At(2025, 5, 14)),
            ],
            Notes = [new(new DateOnly(2025, 9, 30), "The employment unit now offers registration in Spanish and English in all district offices.", ParticipantGroup.EmploymentTeam)],
        },
        new()
        {
            Key = "datos-desagregados",
            Title = "Registrar datos desagregados por edad, género y diversidad en los servicios de empleo",
            Text = "Los servicios públicos de empleo y las oficinas municipales deberían registrar a las personas atendidas desagregando por edad, género, discapacidad, nacionalidad y condición de desplazamiento, con su consentimiento y protegiendo sus datos personales. Sin esta información no es posible saber si los programas llegan a las mujeres, a los jóvenes o a las personas con discapacidad.",
            Level = RecommendationLevel.National,
            ActorTypes = [ActorType.CentralGovernment, ActorType.LocalGovernment],
            Areas = [StrategyArea.Other],
            CreatedBy = ParticipantGroup.EmploymentTeam,
            Session = SessionRef.Earlier,
            Status = RecommendationImplementationStatus.InProgress,
            CreatedAtUtc = At(2024, 6, 13, 17),
            EvidenceKeys = ["certificacion-gt", "escuelas-hn"],
            Endorsements = [new(ParticipantGroup.EmploymentTeam, At(2024, 6, 13, 17, 30))],
            Notes = [new(new DateOnly(2025, 1, 15), "Tres servicios de empleo revisaron sus formularios de registro para incluir la condición de desplazamiento.", ParticipantGroup.EmploymentTeam)],
        },
        new()
        {
            Key = "aprendizaje-previo",
            Title = "Reconocer el aprendizaje previo mediante evaluaciones prácticas en el lugar de trabajo",
            Text = "Los institutos de formación y las empresas deberían poder evaluar en el propio lugar de trabajo, con evaluadores acreditados, las competencias que las personas desplazadas adquirieron de manera informal. Así se acortan los tiempos de certificación y las personas pueden seguir trabajando mientras se certifican.",
            Level = RecommendationLevel.Regional,
            ActorTypes = [ActorType.Academia, ActorType.PrivateSector, ActorType.CentralGovernment],
            Areas = [StrategyArea.Skills, StrategyArea.QualificationRecognition, StrategyArea.VocationalTraining],
            CreatedBy = ParticipantGroup.EmploymentTeam,
            Status = RecommendationImplementationStatus.NotStarted,
            CreatedAtUtc = At(2025, 10, 20),
            EvidenceKeys = ["certificacion-gt", "workplace-english-bz"],
        },
    ];

    // ==================================================================== commitments

    private static readonly CommitmentSpec[] CommitmentSpecs =
    [
        new()
        {
            Title = "Replicar la ventanilla única municipal de empleo en Puerto Nuevo",
            Description = "La Alcaldía Municipal de Puerto Nuevo adaptará el modelo de ventanilla única de Los Laureles, con un protocolo de derivación firmado con la secretaría de empleo y la asociación de personas desplazadas.",
            WithWhom = "Municipalidad de Los Laureles (intercambio técnico), Secretaría de Empleo y Desarrollo Productivo y APDUT",
            ReplicatesPractice = "ventanilla-cr",
            TargetCountryCode = "HN",
            TargetLocality = "Puerto Nuevo, departamento de Cortés",
            DueDate = new DateOnly(2027, 3, 31),
            Status = CommitmentStatus.InProgress,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 18),
            OrganisationKeys = ["puertonuevo", "laureles", "apdut"],
            PracticeKeys = ["ventanilla-cr"],
            RecommendationKeys = ["ventanillas"],
            Notes =
            [
                new(new DateOnly(2025, 10, 15), "Se realizó la visita técnica a Los Laureles y se adaptó el protocolo de derivación."),
                new(new DateOnly(2026, 4, 20), "La ventanilla abrió en fase piloto dos días por semana."),
            ],
        },
        new()
        {
            Title = "Replicar la certificación de competencias para personas retornadas en la Mancomunidad del Valle",
            Description = "La mancomunidad y la Dirección de Inclusión Laboral y Formación adaptarán el modelo guatemalteco de certificación de competencias para las personas retornadas que llegan a sus municipios.",
            WithWhom = "Ministerio de Trabajo y Previsión Laboral de Guatemala",
            ReplicatesPractice = "certificacion-gt",
            TargetCountryCode = "SV",
            TargetLocality = "Municipios de la Mancomunidad del Valle, La Libertad",
            DueDate = new DateOnly(2027, 6, 30),
            Status = CommitmentStatus.Planned,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 18, 10),
            OrganisationKeys = ["mancomunidad", "dilf", "mtpl"],
            PracticeKeys = ["certificacion-gt"],
            RecommendationKeys = ["homologacion"],
            Notes = [new(new DateOnly(2026, 2, 18), "Se acordó con el ministerio guatemalteco un intercambio de estándares para tres oficios.")],
        },
        new()
        {
            Title = "Mesa binacional de empleo para personas retornadas y desplazadas entre Honduras y Guatemala",
            Description = "La secretaría hondureña y el ministerio guatemalteco instalarán una mesa binacional para intercambiar vacantes, estándares de certificación y casos de personas con necesidades de protección.",
            WithWhom = "Ministerio de Trabajo y Previsión Laboral de Guatemala",
            DueDate = new DateOnly(2025, 12, 15),
            Status = CommitmentStatus.Delayed,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2025, 8, 21, 18, 20),
            OrganisationKeys = ["sedp", "mtpl"],
            RecommendationKeys = ["homologacion"],
            Notes =
            [
                new(new DateOnly(2025, 12, 10), "La primera reunión se pospuso por cambios de autoridades; se propone una nueva fecha en el primer trimestre de 2026."),
                new(new DateOnly(2026, 5, 8), "Hubo contactos técnicos, pero la mesa aún no se ha instalado formalmente."),
            ],
        },
        new()
        {
            Title = "Programa de mentoría empresarial para personas refugiadas en Panamá",
            Description = "La cámara asignará mentoras y mentores de sus empresas afiliadas a 40 personas refugiadas que buscan empleo o emprenden, con el acompañamiento del Colectivo Puentes.",
            WithWhom = "Colectivo de Personas Refugiadas Puentes",
            DueDate = new DateOnly(2025, 12, 31),
            Status = CommitmentStatus.Fulfilled,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.RefugeeLed,
            CreatedAtUtc = At(2025, 8, 21, 18, 30),
            OrganisationKeys = ["camara", "puentes"],
            PracticeKeys = ["contratacion-pa"],
            RecommendationKeys = ["contratacion-equitativa"],
            Notes =
            [
                new(new DateOnly(2025, 10, 1), "Se formaron 40 parejas de mentoría."),
                new(new DateOnly(2025, 12, 19), "El programa concluyó con 37 parejas activas y una evaluación positiva de las personas participantes."),
            ],
        },
        new()
        {
            Title = "Replicar el capital semilla con mentoría para mujeres retornadas en Valle Alto",
            Description = "La Municipalidad de Valle Alto y la Fundación Caminos de Integración adaptarán el programa salvadoreño de capital semilla y mentoría para mujeres retornadas y de la comunidad de acogida.",
            WithWhom = "Asociación Horizontes de Protección (asesoría técnica)",
            ReplicatesPractice = "semilla-sv",
            TargetCountryCode = "GT",
            TargetLocality = "Valle Alto, departamento de Quetzaltenango",
            DueDate = new DateOnly(2027, 9, 30),
            Status = CommitmentStatus.InProgress,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.CivilSociety,
            CreatedAtUtc = At(2025, 8, 21, 18, 40),
            OrganisationKeys = ["vallealto", "caminos", "horizontes"],
            PracticeKeys = ["semilla-sv"],
            RecommendationKeys = ["semilla-mentoria"],
            Notes = [new(new DateOnly(2026, 1, 22), "Se adaptaron los materiales de formación al contexto rural y al idioma k'iche'.")],
        },
        new()
        {
            Title = "Mesas trimestrales con empleadores en el distrito de Cayo",
            Description = "La unidad de servicios de empleo y la cámara de pequeñas empresas organizarán cuatro mesas con empleadores para explicar la contratación legal de personas solicitantes de asilo y refugiadas.",
            WithWhom = "Belize Chamber of Small Enterprises",
            DueDate = new DateOnly(2024, 12, 31),
            Status = CommitmentStatus.Fulfilled,
            Session = SessionRef.Earlier,
            CreatedBy = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2024, 6, 13, 17, 45),
            OrganisationKeys = ["nesu", "bcse"],
            PracticeKeys = ["roster-bz"],
            Notes =
            [
                new(new DateOnly(2024, 9, 30), "Se realizaron dos mesas con 35 empleadores."),
                new(new DateOnly(2024, 12, 12), "Se completaron las cuatro mesas previstas."),
            ],
        },
        new()
        {
            Title = "Ampliar las escuelas-taller a un segundo municipio de Cortés",
            Description = "La secretaría de empleo y el programa regional extenderían el modelo de escuelas-taller a un municipio vecino de Puerto Nuevo.",
            DueDate = new DateOnly(2025, 9, 30),
            Status = CommitmentStatus.Withdrawn,
            CreatedBy = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2024, 3, 4),
            OrganisationKeys = ["sedp", "premev"],
            PracticeKeys = ["escuelas-hn"],
            Notes = [new(new DateOnly(2025, 5, 20), "El programa regional redujo su presupuesto para 2025 y no puede financiar el equipamiento. El compromiso se retira mientras se busca otra fuente de financiamiento.")],
        },
        new()
        {
            Title = "Interconectar la bolsa de empleo municipal con el servicio nacional de empleo",
            Description = "El Municipio de Santa Rosa del Sur y el servicio nacional de empleo conectarán sus registros de vacantes para que las personas refugiadas accedan desde la oficina municipal a ofertas de todo el país.",
            DueDate = new DateOnly(2025, 10, 31),
            Status = CommitmentStatus.Delayed,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 2, 17),
            OrganisationKeys = ["santarosa", "sneml"],
            PracticeKeys = ["alianza-mx"],
            RecommendationKeys = ["ventanillas"],
            Notes =
            [
                new(new DateOnly(2025, 9, 12), "El convenio de intercambio de datos está en revisión jurídica."),
                new(new DateOnly(2026, 1, 28), "Antes de la conexión se requiere una evaluación de impacto en la protección de datos."),
            ],
        },
        new()
        {
            Title = "Publicar una guía regional de contratación equitativa para empresas",
            Description = "La Oficina Regional de Protección y Soluciones y el Consejo Empresarial para la Inclusión Laboral elaborarán una guía breve, en español y en inglés, basada en los protocolos de México y Panamá.",
            WithWhom = "Cámara de Comercio e Industria del Pacífico",
            DueDate = new DateOnly(2025, 11, 30),
            Status = CommitmentStatus.Planned,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.EmploymentTeam,
            CreatedAtUtc = At(2025, 8, 21, 18, 50),
            OrganisationKeys = ["orps", "consejo", "camara"],
            PracticeKeys = ["alianza-mx", "contratacion-pa"],
            RecommendationKeys = ["contratacion-equitativa"],
        },
        new()
        {
            Title = "Replicar la alianza de contratación equitativa en Los Laureles",
            Description = "El Instituto Nacional de Formación Técnica y la Municipalidad de Los Laureles adaptarán el protocolo de contratación equitativa y la plataforma de perfiles con empresas del cantón y con la Red de Mujeres Refugiadas Emprendedoras Nuevas Raíces.",
            WithWhom = "Cámara de Comercio e Industria del Pacífico (asesoría) y empresas del cantón",
            ReplicatesPractice = "contratacion-pa",
            TargetCountryCode = "CR",
            TargetLocality = "Los Laureles, provincia de Alajuela",
            DueDate = new DateOnly(2027, 12, 31),
            Status = CommitmentStatus.InProgress,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 19),
            OrganisationKeys = ["inft", "laureles", "raices"],
            PracticeKeys = ["contratacion-pa"],
            RecommendationKeys = ["contratacion-equitativa"],
            Notes = [new(new DateOnly(2026, 3, 16), "Doce empresas del cantón firmaron una carta de intención.")],
            Percent = 25,
        },
        new()
        {
            Title = "Ferias de empleo inclusivas 2026 en el corredor Puerto Nuevo – Los Laureles",
            Description = "Compromiso conjunto: cada organización organiza su parte de las ferias de empleo inclusivas; el avance es el promedio ponderado de las partes.",
            DueDate = new DateOnly(2026, 12, 15),
            Status = CommitmentStatus.InProgress,
            Session = SessionRef.Joint,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 19, 10),
            OrganisationKeys = ["puertonuevo", "laureles", "apdut"],
            RecommendationKeys = ["ventanillas"],
            RollUp = CommitmentRollUp.Weighted,
        },
        new()
        {
            Title = "Feria de empleo inclusiva en Puerto Nuevo",
            Description = "La alcaldía organiza la feria con veinte empresas del departamento.",
            DueDate = new DateOnly(2026, 10, 30),
            Status = CommitmentStatus.InProgress,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 19, 15),
            OrganisationKeys = ["puertonuevo"],
            Notes = [new(new DateOnly(2026, 11, 5), "Catorce empresas confirmaron su participación.")],
            Percent = 60,
            Weight = 2,
            PartOf = "Ferias de empleo inclusivas 2026 en el corredor Puerto Nuevo – Los Laureles",
        },
        new()
        {
            Title = "Feria de empleo inclusiva en Los Laureles",
            Description = "La municipalidad celebra la feria en el parque central.",
            DueDate = new DateOnly(2026, 9, 30),
            Status = CommitmentStatus.Fulfilled,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 19, 20),
            OrganisationKeys = ["laureles"],
            Notes = [new(new DateOnly(2026, 9, 28), "La feria reunió a 31 empresas y 420 personas.")],
            PartOf = "Ferias de empleo inclusivas 2026 en el corredor Puerto Nuevo – Los Laureles",
        },
        new()
        {
            Title = "Acompañamiento de APDUT a las ferias de empleo",
            Description = "La asociación prepara a las personas desplazadas para las entrevistas.",
            DueDate = new DateOnly(2026, 10, 30),
            Status = CommitmentStatus.Withdrawn,
            CreatedBy = ParticipantGroup.LocalGovernanceTeam,
            CreatedAtUtc = At(2025, 8, 21, 19, 25),
            OrganisationKeys = ["apdut"],
            Notes = [new(new DateOnly(2026, 6, 2), "La asociación no cuenta este año con personal para el acompañamiento; lo retoma en 2027.")],
            PartOf = "Ferias de empleo inclusivas 2026 en el corredor Puerto Nuevo – Los Laureles",
        },
    ];
}
