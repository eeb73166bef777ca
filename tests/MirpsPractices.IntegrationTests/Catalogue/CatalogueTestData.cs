using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>
/// A small, known catalogue: six published practices, four that must never be public (draft, in review, a pending
/// revision, archived — each carries a "secret" word), a joint and a non-joint recommendation, and replication commitments.
/// </summary>
public static class CatalogueTestData
{
    public const string UserId = "catalogue-tester";
    public static readonly string[] SecretWords = ["zanahoria", "berenjena", "calabacin", "pepino"];

    public static async Task SeedAsync(AppDbContext db)
    {
        if (await db.Users.AnyAsync(u => u.Id == UserId))
        {
            return;
        }
        db.Users.Add(new ApplicationUser { Id = UserId, UserName = "catalogue@tests.example", NormalizedUserName = "CATALOGUE@TESTS.EXAMPLE", Email = "catalogue@tests.example", DisplayName = "Catalogue tester" });

        var mth = Org("Ministerio de Trabajo de Honduras", ActorType.CentralGovernment, "HN", "MTH");
        var sps = Org("Alcaldía de San Pedro Sula", ActorType.LocalGovernment, "HN");
        var zafiro = Org("Fundación Zafiro", ActorType.CivilSociety, "GT");
        var unidos = Org("Asociación Refugiados Unidos", ActorType.RefugeeLed, "MX");
        var camara = Org("Cámara de Comercio de Panamá", ActorType.PrivateSector, "PA");
        var quetzal = Org("Universidad Centroamericana Quetzal", ActorType.Academia, "CR");
        var ghost = Org("Organización Fantasma Propuesta", ActorType.CivilSociety, "HN");
        ghost.IsApproved = false;
        db.Organisations.AddRange(mth, sps, zafiro, unidos, camara, quetzal, ghost);

        var p1 = Practice("Capacitación técnica para personas refugiadas en Honduras", "capacitacion-tecnica-honduras",
                "Cursos de formación técnica con el servicio público de empleo.", new(2025, 1, 10))
            .In("HN").InArea("HN-CR").About(StrategyArea.VocationalTraining).For(Population.Refugees)
            .With(mth, ParticipationRole.Lead).With(sps, ParticipationRole.Partner)
            .Using(CoordinationMechanism.WorkingGroup, "Mesa técnica mensual con el ministerio y la alcaldía.")
            .Status(ImplementationStatus.Ongoing, new(2022, 3, 1));
        p1.Description = "La niñez y las familias acceden a orientación laboral.";
        p1.LessonsLearned = "La coordinación temprana con empleadores acelera la colocación.";
        p1.Indicators.PeopleTrained = 340;
        p1.Indicators.PeopleReached = 1200;
        p1.OtherIndicators.Add(new PracticeIndicator { Name = "Oficinas municipales abiertas", Value = 4 });
        p1.EvidenceLinks.Add(new PracticeEvidenceLink { Title = "Informe de evaluación", Url = "https://example.org/informe" });
        p1.Criteria.Add(new PracticeCriterionAssessment { Criterion = GoodPracticeCriterion.AnswersNeeds, IsMet = true });
        p1.Criteria.Add(new PracticeCriterionAssessment { Criterion = GoodPracticeCriterion.Replicable, IsMet = true });
        p1.Criteria.Add(new PracticeCriterionAssessment { Criterion = GoodPracticeCriterion.SustainedEffect, IsMet = false });

        var p2 = Practice("Ventanilla única de empleo en México", "ventanilla-unica-mexico",
                "Un solo lugar para buscar empleo, validar documentos y recibir orientación.", new(2025, 3, 1))
            .In("MX").About(StrategyArea.JobMatching).For(Population.AsylumSeekers).For(Population.Refugees)
            .With(unidos, ParticipationRole.Implementer).With(camara, ParticipationRole.Funder)
            .Using(CoordinationMechanism.OneStopShop, "Ventanilla compartida.")
            .Status(ImplementationStatus.Completed, new(2021, 6, 1));
        p2.Description = "Incluye un módulo breve de capacitación en derechos laborales.";

        var p3 = Practice("Emprendimiento de mujeres en Guatemala y El Salvador", "emprendimiento-mujeres",
                "Capital semilla y acompañamiento para negocios de mujeres.", new(2025, 5, 20))
            .In("GT").In("SV").InArea("GT-16").InArea("SV-SS").About(StrategyArea.Entrepreneurship).About(StrategyArea.Skills).For(Population.HostCommunities)
            .With(zafiro, ParticipationRole.Lead).With(quetzal, ParticipationRole.Partner)
            .Using(CoordinationMechanism.JointProgramme, "Programa conjunto.")
            .Status(ImplementationStatus.Pilot, new(2023, 2, 1));
        p3.LessonsLearned = "La perseverancia de las participantes sostuvo los negocios.";

        var p4 = Practice("Fair recruitment corridor Costa Rica–Panama", "fair-recruitment-corridor",
                "Ethical recruitment of workers from Mexico and Central America.", new(2025, 6, 15))
            .In("CR").In("PA").InArea("CR-A").InArea("PA-8").About(StrategyArea.FairRecruitment).For(Population.Returnees)
            .With(camara, ParticipationRole.Lead).With(quetzal, ParticipationRole.Implementer)
            .Using(CoordinationMechanism.PublicPrivatePartnership, "Agreement between chambers and universities.")
            .Status(ImplementationStatus.Ongoing, new(2022, 9, 1));
        p4.Language = RecordLanguages.English;

        var p5 = Practice("Homologación de títulos profesionales", "homologacion-titulos",
                "Ruta para reconocer títulos obtenidos en el país de origen.", new(2024, 11, 2))
            .In("CR").InArea("CR-A").About(StrategyArea.QualificationRecognition).For(Population.InternallyDisplaced)
            .With(sps, ParticipationRole.Partner)
            .Using(CoordinationMechanism.ReferralPathway, "Ruta de derivación.")
            .Status(ImplementationStatus.Completed, new(2020, 1, 15));

        var p6 = Practice("=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> taller", "taller",
                "-2+3 @resumen con \"comillas\", comas\ny saltos de línea", new(2025, 7, 1))
            .In("BZ").About(StrategyArea.Other)
            .Status(ImplementationStatus.Pilot, null);

        var secret1 = Practice("Práctica borrador zanahoria", "borrador", "Resumen zanahoria", null, PracticeState.Draft)
            .In("HN").InArea("HN-CR").About(StrategyArea.VocationalTraining).With(mth, ParticipationRole.Lead).Status(ImplementationStatus.Ongoing, new(2022, 1, 1));
        var secret2 = Practice("Práctica en revisión berenjena", "revision", "Resumen berenjena", null, PracticeState.InReview)
            .In("HN").About(StrategyArea.VocationalTraining).With(mth, ParticipationRole.Lead).Status(ImplementationStatus.Ongoing, new(2022, 1, 1));
        var secret4 = Practice("Práctica archivada pepino", "archivada", "Resumen pepino", new(2024, 1, 1), PracticeState.Archived)
            .In("HN").About(StrategyArea.VocationalTraining).With(ghost, ParticipationRole.Lead).Status(ImplementationStatus.Ongoing, new(2022, 1, 1));
        db.Practices.AddRange(p1, p2, p3, p4, p5, p6, secret1, secret2, secret4);
        await db.SaveChangesAsync();

        var secret3 = Practice("Capacitación revisada calabacín", "revisada", "Resumen calabacín", new(2025, 8, 1))
            .In("HN").About(StrategyArea.VocationalTraining).With(mth, ParticipationRole.Lead).Status(ImplementationStatus.Ongoing, new(2022, 1, 1));
        secret3.RevisionOfId = p1.Id;
        db.Practices.Add(secret3);

        var joint = new Recommendation
        {
            Title = "Institucionalizar las mesas técnicas de empleo", Text = "Las mesas técnicas deben tener presupuesto.",
            Level = RecommendationLevel.Regional, ActorTypes = [ActorType.CentralGovernment, ActorType.LocalGovernment],
            StrategyAreas = [StrategyArea.VocationalTraining], CreatedById = UserId, JointSinceUtc = new DateTime(2025, 8, 21, 0, 0, 0, DateTimeKind.Utc),
        };
        joint.Evidence.Add(new RecommendationEvidence { PracticeId = p1.Id });
        joint.Evidence.Add(new RecommendationEvidence { PracticeId = secret1.Id });
        var notJoint = new Recommendation { Title = "Recomendación sin respaldo completo", Text = "Aún en discusión.", CreatedById = UserId };
        db.Recommendations.AddRange(joint, notJoint);

        var replication = new Commitment
        {
            Title = "Replicar la capacitación en Colón", Kind = CommitmentKind.ReplicatePractice, ReplicatedPracticeId = p1.Id,
            TargetCountryCode = "PA", TargetLocality = "Colón", Status = CommitmentStatus.InProgress, DueDate = new(2026, 6, 30), CreatedById = UserId,
        };
        replication.Organisations.Add(new CommitmentOrganisation { OrganisationId = camara.Id });
        var withdrawn = new Commitment
        {
            Title = "Replicar en Belmopan", Kind = CommitmentKind.ReplicatePractice, ReplicatedPracticeId = p1.Id,
            TargetCountryCode = "BZ", TargetLocality = "Belmopan", Status = CommitmentStatus.Withdrawn, DueDate = new(2026, 1, 1), CreatedById = UserId,
        };
        db.Commitments.AddRange(replication, withdrawn);
        await db.SaveChangesAsync();
    }

    public static async Task<int> IdOfAsync(AppDbContext db, string slug) =>
        await db.Practices.Where(p => p.Slug == slug && p.RevisionOfId == null).Select(p => p.Id).SingleAsync();

    private static Organisation Org(string name, ActorType type, string country, string? acronym = null) =>
        new() { Name = name, ActorType = type, CountryCode = country, Acronym = acronym };

    private static Practice Practice(string title, string slug, string summary, DateOnly? publishedOn, PracticeState state = PracticeState.Published)
    {
        var practice = new Practice
        {
            Title = title, Slug = slug, Summary = summary, SubmitterId = UserId, Language = RecordLanguages.Spanish,
            CreatedAtUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAtUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            PublishedAtUtc = publishedOn?.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
        };
        practice.ForceState(state);
        return practice;
    }

    private static Practice In(this Practice p, string country)
    {
        p.Countries.Add(new PracticeCountry { CountryCode = country });
        return p;
    }

    private static Practice InArea(this Practice p, string code)
    {
        p.SubnationalAreas.Add(new PracticeSubnationalArea { Code = code });
        return p;
    }

    private static Practice About(this Practice p, StrategyArea area)
    {
        p.StrategyAreas.Add(new PracticeStrategyArea { Area = area });
        return p;
    }

    private static Practice For(this Practice p, Population population)
    {
        p.Populations.Add(new PracticePopulation { Population = population });
        return p;
    }

    private static Practice With(this Practice p, Organisation organisation, ParticipationRole role)
    {
        p.Organisations.Add(new PracticeOrganisation { Organisation = organisation, Role = role });
        return p;
    }

    private static Practice Using(this Practice p, CoordinationMechanism mechanism, string description)
    {
        p.Mechanisms.Add(new PracticeMechanism { Mechanism = mechanism, Description = description });
        return p;
    }

    private static Practice Status(this Practice p, ImplementationStatus status, DateOnly? start)
    {
        p.ImplementationStatus = status;
        p.StartDate = start;
        return p;
    }
}
