using System.Globalization;
using System.Text;

namespace MirpsPractices.Bench.Generation;

/// <summary>
/// Plausible practice text in Spanish and English, built from phrase banks: accents, ñ and long paragraphs,
/// the vocabulary of labour integration, so full-text search meets a realistic term distribution.
/// </summary>
public sealed class SyntheticText(Random random)
{
    public static readonly IReadOnlyDictionary<string, string[]> Places = new Dictionary<string, string[]>
    {
        ["BZ"] = ["Belmopan", "Belize City", "San Ignacio", "Orange Walk", "Dangriga"],
        ["CR"] = ["San José", "Upala", "Los Chiles", "Heredia", "Limón", "Alajuela"],
        ["SV"] = ["San Salvador", "Santa Ana", "San Miguel", "Soyapango", "Chalatenango"],
        ["GT"] = ["Ciudad de Guatemala", "Quetzaltenango", "Huehuetenango", "Petén", "Cobán"],
        ["HN"] = ["Tegucigalpa", "San Pedro Sula", "Choluteca", "La Ceiba", "Comayagua"],
        ["MX"] = ["Tapachula", "Ciudad de México", "Monterrey", "Guadalajara", "Saltillo", "Querétaro", "Tijuana", "Mérida"],
        ["PA"] = ["Ciudad de Panamá", "Darién", "Colón", "Chiriquí", "Bocas del Toro"],
    };

    private static readonly string[] SpanishMechanisms =
    [
        "Ventanilla única", "Mesa interinstitucional", "Ruta de derivación", "Alianza público-privada", "Programa conjunto",
        "Sistema de información compartido", "Convenio de cooperación", "Red de acompañamiento", "Comité técnico local",
    ];

    private static readonly string[] SpanishPurposes =
    [
        "para la inserción laboral", "de capacitación técnica", "para el emprendimiento", "de reconocimiento de títulos y competencias",
        "para la contratación equitativa", "de intermediación laboral", "de formación profesional", "para la certificación de oficios",
        "de orientación sociolaboral",
    ];

    private static readonly string[] SpanishPopulations =
    [
        "de personas refugiadas", "de solicitantes de asilo", "de personas desplazadas internas", "de personas retornadas",
        "de mujeres refugiadas y comunidades de acogida", "de jóvenes en situación de movilidad", "de familias desplazadas",
    ];

    private static readonly string[] EnglishMechanisms =
    [
        "One-stop shop", "Inter-institutional working group", "Referral pathway", "Public-private partnership", "Joint programme",
        "Shared information system", "Cooperation agreement", "Support network", "Local technical committee",
    ];

    private static readonly string[] EnglishPurposes =
    [
        "for labour market integration", "for vocational training", "for entrepreneurship", "for the recognition of qualifications",
        "for fair recruitment", "for job matching", "for technical skills certification", "for career guidance",
    ];

    private static readonly string[] EnglishPopulations =
    [
        "of refugees", "of asylum seekers", "of internally displaced people", "of returnees",
        "of refugee women and host communities", "of displaced youth", "of displaced families",
    ];

    private static readonly string[] SpanishSentences =
    [
        "La iniciativa articula a la oficina municipal de empleo de {city} con organizaciones de la sociedad civil y el sector privado para acompañar a cada persona desde su llegada hasta un empleo formal.",
        "Durante el primer año se atendieron {n} personas, de las cuales más de la mitad fueron mujeres jefas de hogar.",
        "Las personas participantes reciben orientación sobre sus derechos laborales, apoyo para obtener documentos migratorios y acceso a servicios de cuidado infantil.",
        "Se firmó un convenio con la cámara de comercio para que las empresas publiquen sus vacantes en una bolsa de empleo compartida.",
        "Los módulos de atención al cliente, cocina, construcción y reparación de teléfonos se adaptaron a los horarios de quienes trabajan por turnos.",
        "La homologación de títulos universitarios, que antes tardaba más de un año, se redujo a tres meses gracias a una ventanilla única en el ministerio.",
        "Un comité técnico con representantes de {org} se reúne cada mes para revisar los casos derivados y ajustar la ruta de atención.",
        "Los microcréditos y el capital semilla permitieron abrir pequeños negocios de panadería, costura y artesanía en los barrios de acogida.",
        "La estrategia incluye a la población de acogida para evitar tensiones y fortalecer la cohesión social en {city}.",
        "Se diseñaron materiales en español, inglés, criollo haitiano y lenguas indígenas para llegar a toda la comunidad.",
        "El sistema de información compartido evita que las personas repitan su historia en cada institución y protege sus datos personales.",
        "La niñez y la adolescencia se atendieron en espacios amigables mientras sus madres asistían a los talleres.",
        "Las lecciones aprendidas muestran que la coordinación entre niveles de gobierno es más eficaz cuando existe un acuerdo escrito y un presupuesto compartido.",
        "El financiamiento proviene de la cooperación internacional, del presupuesto municipal y de aportes de las empresas participantes.",
        "En {city}, la mesa de trabajo logró que {n} empresas contrataran a personas refugiadas con contratos formales y seguridad social.",
        "Se realizaron ferias de empleo trimestrales con entrevistas el mismo día y acompañamiento psicosocial.",
        "Los certificados de competencias laborales emitidos por el instituto técnico son reconocidos por los empleadores de la región.",
        "La participación de organizaciones lideradas por personas refugiadas garantizó que los servicios respondieran a necesidades reales.",
        "Para su sostenibilidad, el servicio fue incorporado al plan operativo anual de la alcaldía de {city}.",
        "Las principales dificultades fueron la rotación del personal, la falta de documentos de identidad y la discriminación en el lugar de trabajo.",
        "La capacitación técnica se acompañó de prácticas pagadas en empresas locales, lo que facilitó la contratación posterior.",
        "Se habilitó una línea telefónica y un canal de mensajería para orientar a quienes viven lejos de la cabecera municipal.",
        "El enfoque de edad, género y diversidad se aplicó desde el diagnóstico, con grupos focales de mujeres, jóvenes y personas LGBTIQ+.",
        "Los resultados se miden con indicadores de colocación a seis y doce meses, desagregados por sexo, edad y nacionalidad.",
        "La réplica en otros municipios requiere una persona coordinadora de tiempo completo y el respaldo político de la autoridad local.",
    ];

    private static readonly string[] EnglishSentences =
    [
        "The initiative links the municipal employment office of {city} with civil society organisations and the private sector to support each person from arrival to formal employment.",
        "In the first year {n} people were served, more than half of them women heads of household.",
        "Participants receive guidance on labour rights, help to obtain migration documents and access to childcare services.",
        "An agreement with the chamber of commerce lets companies publish their vacancies on a shared job board.",
        "Courses in customer service, cooking, construction and phone repair were adapted to the schedules of shift workers.",
        "Recognition of university degrees, which used to take more than a year, now takes three months thanks to a one-stop desk at the ministry.",
        "A technical committee with representatives of {org} meets monthly to review referred cases and adjust the support pathway.",
        "Microcredit and seed capital made it possible to open small bakeries, tailoring shops and craft businesses in host neighbourhoods.",
        "The strategy includes the host population to prevent tensions and strengthen social cohesion in {city}.",
        "Materials were produced in Spanish, English, Haitian Creole and indigenous languages to reach the whole community.",
        "The shared information system spares people from retelling their story at every institution and protects their personal data.",
        "Children and adolescents were looked after in child-friendly spaces while their mothers attended the workshops.",
        "Lessons learned show that coordination between levels of government works best with a written agreement and a shared budget.",
        "Funding comes from international cooperation, the municipal budget and contributions from participating companies.",
        "In {city}, the working group got {n} companies to hire refugees with formal contracts and social security.",
        "Quarterly job fairs offered same-day interviews and psychosocial support.",
        "Skills certificates issued by the technical institute are recognised by employers across the region.",
        "The participation of refugee-led organisations ensured that services answered real needs.",
        "To make it last, the service was written into the annual operating plan of the {city} city council.",
        "The main difficulties were staff turnover, missing identity documents and discrimination in the workplace.",
        "Vocational training was paired with paid internships in local companies, which eased later hiring.",
        "A phone line and a messaging channel guide people who live far from the town centre.",
        "The age, gender and diversity approach was applied from the assessment onwards, with focus groups of women, youth and LGBTIQ+ people.",
        "Results are measured by placement rates at six and twelve months, disaggregated by sex, age and nationality.",
        "Replication in other municipalities needs a full-time coordinator and the political backing of the local authority.",
    ];

    private static readonly string[] SpanishOrganisationWords = ["Esperanza", "Horizontes", "Caminos", "Raíces", "Puentes", "Nuevo Amanecer", "Solidaridad", "Encuentro", "Semillas", "Oportunidades", "Acogida", "Tejiendo Futuro"];

    public string Title(string language, string place)
    {
        var title = language == "es"
            ? $"{Pick(SpanishMechanisms)} {Pick(SpanishPurposes)} {Pick(SpanishPopulations)} en {place}"
            : $"{Pick(EnglishMechanisms)} {Pick(EnglishPurposes)} {Pick(EnglishPopulations)} in {place}";
        return title.Length <= 200 ? title : title[..200];
    }

    /// <summary>A paragraph of <paramref name="sentences"/> sentences, placeholders filled.</summary>
    public string Paragraph(string language, int sentences, string place, string organisation)
    {
        var bank = language == "es" ? SpanishSentences : EnglishSentences;
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            text.Append(bank[random.Next(bank.Length)]
                .Replace("{city}", place, StringComparison.Ordinal)
                .Replace("{org}", organisation, StringComparison.Ordinal)
                .Replace("{n}", random.Next(12, 2400).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        return text.ToString();
    }

    /// <summary>Several paragraphs separated by blank lines, capped at <paramref name="maxLength"/>.</summary>
    public string LongText(string language, int paragraphs, string place, string organisation, int maxLength)
    {
        var parts = Enumerable.Range(0, paragraphs).Select(_ => Paragraph(language, random.Next(3, 6), place, organisation));
        var text = string.Join("\n\n", parts);
        return text.Length <= maxLength ? text : text[..maxLength];
    }

    public string OrganisationName(string actorType, string countryCode, int number)
    {
        var place = Pick(Places[countryCode]);
        var word = Pick(SpanishOrganisationWords);
        var name = actorType switch
        {
            "CentralGovernment" => Pick(["Ministerio de Trabajo y Previsión Social", "Servicio Nacional de Empleo", "Instituto Nacional de Formación Profesional", "Dirección General de Migración y Extranjería"]) + $" — sede {place}",
            "LocalGovernment" => Pick(["Alcaldía de", "Municipalidad de", "Oficina Municipal de Empleo de", "Gobierno Local de"]) + $" {place}",
            "CivilSociety" => $"{Pick(["Fundación", "Asociación", "Centro de Apoyo"])} {word} {place}",
            "RefugeeLed" => $"{Pick(["Colectivo de Personas Refugiadas", "Red de Mujeres Migrantes", "Asociación de Personas Desplazadas"])} {word}",
            "PrivateSector" => $"{Pick(["Cámara de Comercio de", "Asociación de Empresarios de", "Grupo Empresarial"])} {place}",
            "InternationalOrganisation" => $"{Pick(["Programa Regional", "Agencia de Cooperación", "Oficina de Proyecto"])} {word}",
            _ => $"Universidad {word} de {place}",
        };
        return $"{name} ({number.ToString(CultureInfo.InvariantCulture)})";
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Lowercase ASCII slug with hyphens (the same rule as the sample-data seeder).</summary>
    public static string Slugify(string title)
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
        return slug.Length <= 120 ? slug : slug[..120].TrimEnd('-');
    }
}
