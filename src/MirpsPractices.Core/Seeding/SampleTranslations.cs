using MirpsPractices.Core.Domain;
using F = MirpsPractices.Core.Domain.TranslatableFields;

namespace MirpsPractices.Core.Seeding;

/// <summary>
/// Reviewed English translations of sample practices, every field under its <see cref="TranslatableFields"/> key, building
/// blocks included (issue 13), so the English pages, the block pages and the exports have a translated practice to show.
/// </summary>
internal static class SampleTranslations
{
    private static readonly Dictionary<string, Dictionary<string, string>> English = new(StringComparer.Ordinal)
    {
        ["ventanilla-cr"] = new(StringComparer.Ordinal)
        {
            [F.Title] = "Municipal one-stop employment desk for refugees and the host community in Los Laureles",
            [F.Summary] = "The Municipality of Los Laureles brought together in one office career guidance, job matching with local businesses and referral to technical training for refugees, asylum seekers and members of the host community.",
            [F.Context] = "Since 2018 Los Laureles has received a growing number of asylum seekers looking for formal work. Before the desk, each institution served people separately and they had to go from office to office, often unaware that their provisional document allowed them to work. Local businesses, for their part, did not know how to hire refugees legally.",
            [F.Description] = "The desk runs inside the municipal job-matching office and, two days a week, brings together staff of the National Technical Training Institute and a facilitator from the New Roots Network of Refugee Women Entrepreneurs. Each person has a job-profile interview, guidance on their labour rights and documents, and an accompanied referral to vacancies, courses or protection services. A common protocol sets which institution answers each need and how fast.",
            [F.Locality] = "Los Laureles, Alajuela province",
            [F.Mechanism(CoordinationMechanism.OneStopShop)] = "The municipal employment office brings career guidance, job matching with businesses and enrolment in technical training courses together in one place and at one time.",
            [F.Mechanism(CoordinationMechanism.ReferralPathway)] = "A protocol signed by the municipality, the Institute and the refugee women's network sets the referrals, the people responsible and the response times.",
            [F.Results] = "Between 2021 and 2024 the desk served 1,240 people, 58% of them women, and 312 found formal jobs in businesses of the canton. The average time between the first visit and an effective referral fell from five weeks to eight days. Thirty-four local businesses hired refugees for the first time.",
            [F.IndicatorName(0)] = "Businesses that hired refugees for the first time",
            [F.IndicatorUnit(0)] = "businesses",
            [F.IndicatorName(1)] = "Average days to an effective referral",
            [F.IndicatorUnit(1)] = "days",
            [F.AgeGenderDiversityApproach] = "The desk opens in the evenings and has a childcare space for single mothers. Interviews are held in private and staff were trained to serve LGBTIQ+ people and people with disabilities. Service data are recorded by age, gender and nationality.",
            [F.Challenges] = "Turnover of municipal staff meant repeating the training three times. Some businesses kept asking for identity documents that asylum seekers do not have, which called for information sessions with human-resources departments.",
            [F.LessonsLearned] = "A written protocol signed by every institution counts for more than people's goodwill. Having a refugee-led organisation at the desk raised trust and attendance, especially among women. Referral times are worth measuring from the start to show the value of coordination.",
            [F.ReplicationConditions] = "It needs a municipal employment office with at least two officers, an agreement with the national training institution and an up-to-date directory of businesses. It can be replicated in mid-sized municipalities with a refugee population and a diverse local business community.",
            [F.SustainabilityAndFunding] = "Since 2023 the desk's staff costs are part of the regular municipal budget. The Regional Protection and Solutions Office funded the initial equipment and training, and the Institute provides its staff at no extra cost.",
            [F.BlockTitle(1)] = "Municipal employment desk",
            [F.BlockDescription(1)] = "A municipal office that receives refugees and members of the host community, records their profile and matches them with local vacancies.",
            [F.BlockEnablingFactors(1)] = "An agreement with the labour ministry; municipal staff trained in international protection.",
            [F.BlockTransferConditions(1)] = "A municipality with an employment office, or a budget to open one, and an agreement with the public employment service.",
            [F.BlockTitle(2)] = "Recognition seal for inclusive employers",
            [F.BlockDescription(2)] = "A municipal badge for businesses that hire refugees on fair terms.",
            [F.BlockEnablingFactors(2)] = "An allied chamber of commerce; public, verifiable criteria.",
            [F.BlockTransferConditions(2)] = "A local business community willing to take part and a committee to check the criteria.",
            [F.EvidenceTitle(0)] = "Systematisation report 2021-2023",
            [F.EvidenceTitle(1)] = "Inter-institutional referral protocol",
        },
    };

    /// <summary>
    /// A reviewed translation of <paramref name="practice"/> (saved, with its collections loaded and their ids assigned), or
    /// null when the sample data has none. Throws when a field of the practice lacks its translation, so the texts stay complete.
    /// </summary>
    public static RecordTranslation? For(string practiceKey, Practice practice, string translatorId, string moderatorId, DateTime atUtc)
    {
        if (!English.TryGetValue(practiceKey, out var texts))
        {
            return null;
        }
        var fields = F.Of(practice);
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, practice.Id, practice.Language, translatorId, atUtc);
        translation.Save(texts, fields, translatorId, atUtc);
        if (translation.MissingFields(fields) is { Count: > 0 } missing)
        {
            throw new InvalidOperationException($"Sample translation of '{practiceKey}' lacks {string.Join(", ", missing)}.");
        }
        translation.Submit(fields, atUtc);
        translation.Review(moderatorId, atUtc.AddDays(2));
        return translation;
    }
}
