using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using F = MirpsPractices.Core.Domain.TranslatableFields;

namespace MirpsPractices.Core.Features.Reports;

/// <summary>
/// Gathers a report's content for a scope. Only published practices appear. Scope rules:
/// one session → the practices presented, recommendations adopted and commitments made there;
/// otherwise practices by country, strategy area and implementation period (overlapping it),
/// joint recommendations whose evidence or areas fall in the scope (and became joint in the period),
/// commitments of organisations in those countries or replicating there, due in the period.
/// </summary>
public sealed class ReportBuilder(AppDbContext db, TimeProvider clock)
{
    public async Task<SystematisationReport> BuildAsync(ReportScope scope, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        ReportSession? session = null;
        List<int>? sessionPractices = null, sessionRecommendations = null, sessionCommitments = null;
        if (scope.SessionId is int sessionId)
        {
            session = await db.Sessions.Where(s => s.Id == sessionId)
                .Select(s => new ReportSession(s.Id, s.Date, s.Title, s.Language)).SingleOrDefaultAsync(ct);
            sessionPractices = await db.Set<SessionPractice>().Where(x => x.SessionId == sessionId).Select(x => x.PracticeId).ToListAsync(ct);
            sessionRecommendations = await db.Recommendations.Where(r => r.SessionId == sessionId).Select(r => r.Id).ToListAsync(ct);
            sessionCommitments = await db.Commitments.Where(c => c.SessionId == sessionId).Select(c => c.Id).ToListAsync(ct);
        }

        var practices = await LoadPracticesAsync(scope, sessionPractices, ct);
        progress?.Report(25);
        var recommendations = await LoadRecommendationsAsync(scope, sessionRecommendations, practices, ct);
        progress?.Report(40);
        var commitments = await LoadCommitmentsAsync(scope, sessionCommitments, today, ct);
        (practices, recommendations, commitments) = await TranslateAsync(ReportLanguage, practices, recommendations, commitments, ct);
        progress?.Report(55);

        var areas = Enum.GetValues<StrategyArea>()
            .Where(a => scope.SessionId is not null || scope.StrategyAreas.Count == 0 || scope.StrategyAreas.Contains(a))
            .Select(a => new AreaSection(a, [.. practices.Where(p => p.StrategyAreas.Contains(a))]))
            .Where(s => s.Practices.Count > 0)
            .ToList();

        var figures = new HeadlineFigures(
            practices.Count,
            practices.SelectMany(p => p.CountryCodes).Distinct().Count(),
            practices.SelectMany(p => p.Organisations.Select(o => o.Name)).Distinct().Count(),
            practices.Sum(p => p.PeopleReached ?? 0),
            practices.Sum(p => p.PeoplePlacedInJobs ?? 0),
            practices.Sum(p => p.PeopleTrained ?? 0),
            recommendations.Count(r => r.IsJoint),
            commitments.Count,
            commitments.Count(c => c.Status == CommitmentStatus.Fulfilled));

        return new SystematisationReport(scope, session, now, figures, areas, MatrixOf(practices), practices, recommendations, commitments);
    }

    /// <summary>The report's language: the UI culture it is generated in (ReportJobs sets the one of the user who asked).</summary>
    private static string ReportLanguage =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == RecordLanguages.English ? RecordLanguages.English : RecordLanguages.Spanish;

    /// <summary>
    /// Issue 12: records written in the other language read in their reviewed translation into the report's language;
    /// those without one stay as written, marked <c>Untranslated</c> (the writers say so next to them). Commitments are
    /// taken as Spanish: they have no language column.
    /// </summary>
    private async Task<(List<ReportPractice>, List<ReportRecommendation>, List<ReportCommitment>)> TranslateAsync(
        string language, List<ReportPractice> practices, List<ReportRecommendation> recommendations, List<ReportCommitment> commitments, CancellationToken ct)
    {
        var practiceIds = practices.Select(p => p.Id).Concat(recommendations.SelectMany(r => r.Evidence.Select(e => e.PracticeId))).Distinct().ToList();
        var practiceTexts = await ReviewedAsync(TranslatedRecordType.Practice, practiceIds, language, ct);
        var recommendationTexts = await ReviewedAsync(TranslatedRecordType.Recommendation, [.. recommendations.Select(r => r.Id)], language, ct);
        var commitmentTexts = language == RecordLanguages.Spanish ? []
            : await ReviewedAsync(TranslatedRecordType.Commitment, [.. commitments.Select(c => c.Id)], language, ct);

        static string T(IReadOnlyDictionary<string, string> texts, string key, string original) =>
            texts.TryGetValue(key, out var value) && value.Length > 0 ? value : original;

        ReportPractice Practice(ReportPractice p) =>
            p.Language == language ? p
            : !practiceTexts.TryGetValue(p.Id, out var t) ? p with { Untranslated = true }
            : p with
            {
                Title = T(t, F.Title, p.Title),
                Language = language,
                Mechanisms = [.. p.Mechanisms.Select(m => m with { Description = T(t, F.Mechanism(m.Mechanism), m.Description) })],
                LessonsLearned = T(t, F.LessonsLearned, p.LessonsLearned),
                ReplicationConditions = T(t, F.ReplicationConditions, p.ReplicationConditions),
            };

        ReportEvidence Evidence(ReportEvidence e) =>
            e.Language != language && practiceTexts.TryGetValue(e.PracticeId, out var t) ? e with { Title = T(t, F.Title, e.Title), Language = language } : e;

        ReportRecommendation Recommendation(ReportRecommendation r)
        {
            r = r with { Evidence = [.. r.Evidence.Select(Evidence)] };
            return r.Language == language ? r
                : !recommendationTexts.TryGetValue(r.Id, out var t) ? r with { Untranslated = true }
                : r with { Title = T(t, F.Title, r.Title), Text = T(t, F.Text, r.Text), Language = language };
        }

        ReportCommitment Commitment(ReportCommitment c) =>
            c.Language == language ? c
            : !commitmentTexts.TryGetValue(c.Id, out var t) ? c with { Untranslated = true }
            : c with
            {
                Title = T(t, F.Title, c.Title),
                TargetLocality = c.TargetLocality is null ? null : T(t, F.TargetLocality, c.TargetLocality),
                Language = language,
            };

        return ([.. practices.Select(Practice)], [.. recommendations.Select(Recommendation)], [.. commitments.Select(Commitment)]);
    }

    private async Task<Dictionary<int, IReadOnlyDictionary<string, string>>> ReviewedAsync(TranslatedRecordType type, List<int> ids, string language, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await db.RecordTranslations
            .Where(t => t.RecordType == type && t.Language == language && t.ReviewedTextsJson != null && ids.Contains(t.RecordId))
            .ToListAsync(ct);
        return rows.ToDictionary(t => t.RecordId, t => t.ReviewedTexts!);
    }

    private async Task<List<ReportPractice>> LoadPracticesAsync(ReportScope scope, List<int>? sessionPractices, CancellationToken ct)
    {
        var query = db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null);
        if (sessionPractices is not null)
        {
            query = query.Where(p => sessionPractices.Contains(p.Id));
        }
        else
        {
            if (scope.CountryCodes.Count > 0)
            {
                var codes = scope.CountryCodes.ToList();
                query = query.Where(p => p.Countries.Any(c => codes.Contains(c.CountryCode)));
            }
            if (scope.StrategyAreas.Count > 0)
            {
                var areas = scope.StrategyAreas.ToList();
                query = query.Where(p => p.StrategyAreas.Any(a => areas.Contains(a.Area)));
            }
            if (scope.To is DateOnly to)
            {
                query = query.Where(p => p.StartDate == null || p.StartDate <= to);
            }
            if (scope.From is DateOnly from)
            {
                query = query.Where(p => p.EndDate == null || p.EndDate >= from);
            }
        }
        var rows = await query
            .Include(p => p.Countries)
            .Include(p => p.StrategyAreas)
            .Include(p => p.Mechanisms)
            .Include(p => p.Organisations).ThenInclude(o => o.Organisation)
            .AsSplitQuery()
            .OrderBy(p => p.Title)
            .ToListAsync(ct);
        return rows.Select(p => new ReportPractice(
                p.Id, p.Title, p.Language,
                [.. p.Countries.Select(c => c.CountryCode).Order()],
                [.. p.StrategyAreas.Select(a => a.Area).Order()],
                [.. p.Mechanisms.OrderBy(m => m.Mechanism).Select(m => new ReportMechanism(m.Mechanism, m.Description))],
                [.. p.Organisations.Where(o => o.Organisation is not null).OrderBy(o => o.Role).ThenBy(o => o.Organisation!.Name)
                    .Select(o => new ReportActor(o.Organisation!.Name, o.Organisation.ActorType, o.Role))],
                p.LessonsLearned, p.ReplicationConditions,
                p.Indicators.PeopleReached, p.Indicators.PeoplePlacedInJobs, p.Indicators.PeopleTrained))
            .ToList();
    }

    private async Task<List<ReportRecommendation>> LoadRecommendationsAsync(ReportScope scope, List<int>? sessionRecommendations, List<ReportPractice> practices, CancellationToken ct)
    {
        var query = db.Recommendations.Include(r => r.Evidence).ThenInclude(e => e.Practice).AsSplitQuery();
        List<Recommendation> rows;
        if (sessionRecommendations is not null)
        {
            rows = await query.Where(r => sessionRecommendations.Contains(r.Id)).OrderBy(r => r.Title).ToListAsync(ct);
        }
        else
        {
            var joint = query.Where(r => r.JointSinceUtc != null);
            if (scope.From is DateOnly from)
            {
                var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                joint = joint.Where(r => r.JointSinceUtc >= fromUtc);
            }
            if (scope.To is DateOnly to)
            {
                var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                joint = joint.Where(r => r.JointSinceUtc < toUtc);
            }
            rows = await joint.OrderBy(r => r.Title).ToListAsync(ct);
            var filtered = scope.CountryCodes.Count > 0 || scope.StrategyAreas.Count > 0;
            if (filtered)
            {
                var inScope = practices.Select(p => p.Id).ToHashSet();
                rows = rows.Where(r => r.Evidence.Any(e => inScope.Contains(e.PracticeId))
                    || (scope.CountryCodes.Count == 0 && r.StrategyAreas.Any(scope.StrategyAreas.Contains))).ToList();
            }
        }
        return rows.Select(r => new ReportRecommendation(
                r.Id, r.Title, r.Text, r.Language, r.Level, r.ActorTypes, r.IsJoint, r.ImplementationStatus,
                [.. r.Evidence.Where(e => e.Practice is { State: PracticeState.Published })
                    .OrderBy(e => e.Practice!.Title).Select(e => new ReportEvidence(e.PracticeId, e.Practice!.Title, e.Practice.Language))]))
            .ToList();
    }

    private async Task<List<ReportCommitment>> LoadCommitmentsAsync(ReportScope scope, List<int>? sessionCommitments, DateOnly today, CancellationToken ct)
    {
        var query = db.Commitments.AsQueryable();
        if (sessionCommitments is not null)
        {
            query = query.Where(c => sessionCommitments.Contains(c.Id));
        }
        else
        {
            if (scope.CountryCodes.Count > 0)
            {
                var codes = scope.CountryCodes.ToList();
                query = query.Where(c => (c.TargetCountryCode != null && codes.Contains(c.TargetCountryCode))
                    || c.Organisations.Any(o => codes.Contains(o.Organisation!.CountryCode)));
            }
            if (scope.From is DateOnly from)
            {
                query = query.Where(c => c.DueDate >= from);
            }
            if (scope.To is DateOnly to)
            {
                query = query.Where(c => c.DueDate <= to);
            }
        }
        var rows = await query
            .Include(c => c.Organisations).ThenInclude(o => o.Organisation)
            .AsSplitQuery()
            .OrderBy(c => c.DueDate).ThenBy(c => c.Title)
            .ToListAsync(ct);
        var replicated = rows.Where(c => c.ReplicatedPracticeId is not null).Select(c => c.ReplicatedPracticeId!.Value).Distinct().ToList();
        var titles = await db.Practices.Where(p => replicated.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return rows.Select(c => new ReportCommitment(
                c.Id, c.Title,
                [.. c.Organisations.Where(o => o.Organisation is not null).Select(o => o.Organisation!.Acronym ?? o.Organisation.Name).Order()],
                c.Kind,
                c.ReplicatedPracticeId is int pid ? titles.GetValueOrDefault(pid) : null,
                c.TargetCountryCode, c.TargetLocality, c.DueDate, c.Status, c.IsOverdue(today)))
            .ToList();
    }

    private static CoordinationMatrix MatrixOf(IReadOnlyList<ReportPractice> practices)
    {
        var types = Enum.GetValues<ActorType>();
        var present = practices.Select(p => p.Organisations.Select(o => o.ActorType).ToHashSet()).ToList();
        var counts = types.Select(row => (IReadOnlyList<int>)types.Select(column => present.Count(set => set.Contains(row) && set.Contains(column))).ToList()).ToList();
        return new CoordinationMatrix(types, counts);
    }
}
