using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Imports;

/// <summary>
/// What a row imported "as published" must carry: the fields the practice form requires on submission (its validator in the
/// web project), so that nothing reaches the public catalogue that a team member could not have submitted through the form.
/// </summary>
public static class PublicationCompleteness
{
    public static IReadOnlyList<FieldProblem> Missing(PracticeContent content)
    {
        var missing = new List<string>();
        foreach (var (key, text) in new (string, string)[]
        {
            ("Summary", content.Summary), ("Context", content.Context), ("Description", content.Description), ("Results", content.Results),
            ("AgeGenderDiversityApproach", content.AgeGenderDiversityApproach), ("Challenges", content.Challenges),
            ("LessonsLearned", content.LessonsLearned), ("ReplicationConditions", content.ReplicationConditions),
            ("SustainabilityAndFunding", content.SustainabilityAndFunding),
        })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                missing.Add(key);
            }
        }
        if (content.StartDate is null)
        {
            missing.Add("StartDate");
        }
        if (content.Countries.Count == 0)
        {
            missing.Add("Countries");
        }
        if (content.StrategyAreas.Count == 0)
        {
            missing.Add("StrategyAreas");
        }
        if (content.Populations.Count == 0)
        {
            missing.Add("Populations");
        }
        if (content.Organisations.Count == 0)
        {
            missing.Add("Organisations");
        }
        return [.. missing.Select(key => new FieldProblem(key, FieldProblemKind.Missing))];
    }
}
