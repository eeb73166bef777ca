using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Seeding;

/// <summary>
/// The sample practices' building blocks, by the key of their practice spec. Several practices share a similar block
/// (a municipal employment desk, recognition of prior learning, an employer seal) so the "similar block" lists have something to show.
/// </summary>
internal static class SampleBuildingBlocks
{
    private static readonly Dictionary<string, (string Title, string Description, string Enabling, string Transfer, ActorType[] Actors)[]> Blocks = new(StringComparer.Ordinal)
    {
        ["ventanilla-cr"] =
        [
            ("Ventanilla municipal de empleo", "Una oficina municipal que recibe a personas refugiadas y de la comunidad de acogida, registra su perfil y las vincula con vacantes locales.",
                "Convenio con el ministerio de trabajo; personal municipal formado en protección internacional.",
                "Un municipio con oficina de empleo o presupuesto para abrirla y un acuerdo con el servicio público de empleo.",
                [ActorType.LocalGovernment, ActorType.CentralGovernment]),
            ("Sello de reconocimiento para empleadores inclusivos", "Un distintivo municipal para las empresas que contratan a personas refugiadas en condiciones justas.",
                "Cámara de comercio aliada; criterios públicos y verificables.",
                "Un tejido empresarial local dispuesto a participar y un comité que verifique los criterios.",
                [ActorType.LocalGovernment, ActorType.PrivateSector]),
        ],
        ["alianza-mx"] =
        [
            ("Acuerdo de reubicación laboral con empresas", "Las empresas del corredor industrial comunican vacantes y la agencia apoya el traslado de las personas contratadas.",
                "Demanda de mano de obra en el corredor; apoyo de un organismo internacional para el traslado.",
                "Zonas con vacantes sin cubrir y un actor que financie el primer mes del traslado.",
                [ActorType.PrivateSector, ActorType.InternationalOrganisation]),
            ("Sello de empleador inclusivo", "Reconocimiento público a las empresas que contratan y retienen a personas refugiadas.",
                "Interés de las empresas en su reputación; seguimiento de la retención.",
                "Criterios acordados con las cámaras empresariales y una revisión anual.",
                [ActorType.PrivateSector, ActorType.CivilSociety]),
        ],
        ["certificacion-gt"] =
        [
            ("Reconocimiento de aprendizajes previos", "Evaluación práctica de las competencias aprendidas en el trabajo, sin exigir títulos, con un certificado oficial.",
                "Normas de competencia del instituto de formación; evaluadores acreditados.",
                "Un sistema nacional de certificación de competencias que acepte evaluaciones sin diploma previo.",
                [ActorType.CentralGovernment, ActorType.Academia]),
        ],
        ["homologacion-regional"] =
        [
            ("Acuerdo para el reconocimiento de aprendizajes previos", "Un acuerdo entre instituciones de formación de varios países para reconocer los certificados de competencias de los demás.",
                "Marcos de cualificaciones comparables; la plataforma MIRPS como espacio de diálogo.",
                "Instituciones de formación con normas de competencia publicadas y voluntad de comparar sus perfiles.",
                [ActorType.CentralGovernment, ActorType.InternationalOrganisation]),
        ],
        ["comunidad-regional"] =
        [
            ("Comunidad de práctica de oficinas municipales de empleo", "Encuentros virtuales mensuales donde las oficinas municipales de empleo comparten herramientas y casos.",
                "Una secretaría técnica que convoca y un repositorio compartido.",
                "Al menos tres municipios con oficina de empleo y alguien que modere los encuentros.",
                [ActorType.LocalGovernment, ActorType.InternationalOrganisation]),
        ],
        ["roster-bz"] =
        [
            ("Municipal job-matching desk", "A desk at the town council that registers asylum seekers and refugees and matches them with local employers' vacancies.",
                "A memorandum with the labour department; staff trained on work permits.",
                "A council willing to host the desk and a clear route to a work permit.",
                [ActorType.LocalGovernment, ActorType.CentralGovernment]),
        ],
    };

    public static IEnumerable<PracticeBuildingBlock> For(string practiceKey) =>
        Blocks.TryGetValue(practiceKey, out var blocks)
            ? blocks.Select((b, i) => new PracticeBuildingBlock
            {
                Position = i + 1,
                Title = b.Title,
                Description = b.Description,
                EnablingFactors = b.Enabling,
                TransferConditions = b.Transfer,
                ActorTypeCodes = PracticeBuildingBlock.FormatActorTypes(b.Actors),
            })
            : [];
}
