namespace MirpsPractices.Core.Domain;

/// <summary>A first-level subdivision of a MIRPS country (department, state, province, district or indigenous region).</summary>
public sealed record SubnationalArea(string Code, string CountryCode, string NameEs, string NameEn)
{
    public string Name(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameEs;
}

/// <summary>
/// The ISO 3166-2 first-level subdivisions of the seven MIRPS countries. Guatemala uses the numeric codes ISO adopted in
/// 2021 (GT-01 … GT-22); Panama lists its 10 provinces and its 4 indigenous regions (comarcas with provincial rank:
/// Emberá, Guna Yala, Naso Tjër Di, Ngäbe-Buglé). Names are the official Spanish ones; English names differ only where
/// English usage differs (Belize is English in both).
/// </summary>
public static class SubnationalAreas
{
    public static readonly IReadOnlyList<SubnationalArea> All =
    [
        new("BZ-BZ", "BZ", "Belize", "Belize"),
        new("BZ-CY", "BZ", "Cayo", "Cayo"),
        new("BZ-CZL", "BZ", "Corozal", "Corozal"),
        new("BZ-OW", "BZ", "Orange Walk", "Orange Walk"),
        new("BZ-SC", "BZ", "Stann Creek", "Stann Creek"),
        new("BZ-TOL", "BZ", "Toledo", "Toledo"),

        new("CR-A", "CR", "Alajuela", "Alajuela"),
        new("CR-C", "CR", "Cartago", "Cartago"),
        new("CR-G", "CR", "Guanacaste", "Guanacaste"),
        new("CR-H", "CR", "Heredia", "Heredia"),
        new("CR-L", "CR", "Limón", "Limón"),
        new("CR-P", "CR", "Puntarenas", "Puntarenas"),
        new("CR-SJ", "CR", "San José", "San José"),

        new("SV-AH", "SV", "Ahuachapán", "Ahuachapán"),
        new("SV-CA", "SV", "Cabañas", "Cabañas"),
        new("SV-CH", "SV", "Chalatenango", "Chalatenango"),
        new("SV-CU", "SV", "Cuscatlán", "Cuscatlán"),
        new("SV-LI", "SV", "La Libertad", "La Libertad"),
        new("SV-MO", "SV", "Morazán", "Morazán"),
        new("SV-PA", "SV", "La Paz", "La Paz"),
        new("SV-SA", "SV", "Santa Ana", "Santa Ana"),
        new("SV-SM", "SV", "San Miguel", "San Miguel"),
        new("SV-SO", "SV", "Sonsonate", "Sonsonate"),
        new("SV-SS", "SV", "San Salvador", "San Salvador"),
        new("SV-SV", "SV", "San Vicente", "San Vicente"),
        new("SV-UN", "SV", "La Unión", "La Unión"),
        new("SV-US", "SV", "Usulután", "Usulután"),

        new("GT-01", "GT", "Guatemala", "Guatemala"),
        new("GT-02", "GT", "El Progreso", "El Progreso"),
        new("GT-03", "GT", "Sacatepéquez", "Sacatepéquez"),
        new("GT-04", "GT", "Chimaltenango", "Chimaltenango"),
        new("GT-05", "GT", "Escuintla", "Escuintla"),
        new("GT-06", "GT", "Santa Rosa", "Santa Rosa"),
        new("GT-07", "GT", "Sololá", "Sololá"),
        new("GT-08", "GT", "Totonicapán", "Totonicapán"),
        new("GT-09", "GT", "Quetzaltenango", "Quetzaltenango"),
        new("GT-10", "GT", "Suchitepéquez", "Suchitepéquez"),
        new("GT-11", "GT", "Retalhuleu", "Retalhuleu"),
        new("GT-12", "GT", "San Marcos", "San Marcos"),
        new("GT-13", "GT", "Huehuetenango", "Huehuetenango"),
        new("GT-14", "GT", "Quiché", "Quiché"),
        new("GT-15", "GT", "Baja Verapaz", "Baja Verapaz"),
        new("GT-16", "GT", "Alta Verapaz", "Alta Verapaz"),
        new("GT-17", "GT", "Petén", "Petén"),
        new("GT-18", "GT", "Izabal", "Izabal"),
        new("GT-19", "GT", "Zacapa", "Zacapa"),
        new("GT-20", "GT", "Chiquimula", "Chiquimula"),
        new("GT-21", "GT", "Jalapa", "Jalapa"),
        new("GT-22", "GT", "Jutiapa", "Jutiapa"),

        new("HN-AT", "HN", "Atlántida", "Atlántida"),
        new("HN-CH", "HN", "Choluteca", "Choluteca"),
        new("HN-CL", "HN", "Colón", "Colón"),
        new("HN-CM", "HN", "Comayagua", "Comayagua"),
        new("HN-CP", "HN", "Copán", "Copán"),
        new("HN-CR", "HN", "Cortés", "Cortés"),
        new("HN-EP", "HN", "El Paraíso", "El Paraíso"),
        new("HN-FM", "HN", "Francisco Morazán", "Francisco Morazán"),
        new("HN-GD", "HN", "Gracias a Dios", "Gracias a Dios"),
        new("HN-IB", "HN", "Islas de la Bahía", "Bay Islands"),
        new("HN-IN", "HN", "Intibucá", "Intibucá"),
        new("HN-LE", "HN", "Lempira", "Lempira"),
        new("HN-LP", "HN", "La Paz", "La Paz"),
        new("HN-OC", "HN", "Ocotepeque", "Ocotepeque"),
        new("HN-OL", "HN", "Olancho", "Olancho"),
        new("HN-SB", "HN", "Santa Bárbara", "Santa Bárbara"),
        new("HN-VA", "HN", "Valle", "Valle"),
        new("HN-YO", "HN", "Yoro", "Yoro"),

        new("MX-AGU", "MX", "Aguascalientes", "Aguascalientes"),
        new("MX-BCN", "MX", "Baja California", "Baja California"),
        new("MX-BCS", "MX", "Baja California Sur", "Baja California Sur"),
        new("MX-CAM", "MX", "Campeche", "Campeche"),
        new("MX-CHP", "MX", "Chiapas", "Chiapas"),
        new("MX-CHH", "MX", "Chihuahua", "Chihuahua"),
        new("MX-CMX", "MX", "Ciudad de México", "Mexico City"),
        new("MX-COA", "MX", "Coahuila de Zaragoza", "Coahuila"),
        new("MX-COL", "MX", "Colima", "Colima"),
        new("MX-DUR", "MX", "Durango", "Durango"),
        new("MX-GUA", "MX", "Guanajuato", "Guanajuato"),
        new("MX-GRO", "MX", "Guerrero", "Guerrero"),
        new("MX-HID", "MX", "Hidalgo", "Hidalgo"),
        new("MX-JAL", "MX", "Jalisco", "Jalisco"),
        new("MX-MEX", "MX", "México", "State of Mexico"),
        new("MX-MIC", "MX", "Michoacán de Ocampo", "Michoacán"),
        new("MX-MOR", "MX", "Morelos", "Morelos"),
        new("MX-NAY", "MX", "Nayarit", "Nayarit"),
        new("MX-NLE", "MX", "Nuevo León", "Nuevo León"),
        new("MX-OAX", "MX", "Oaxaca", "Oaxaca"),
        new("MX-PUE", "MX", "Puebla", "Puebla"),
        new("MX-QUE", "MX", "Querétaro", "Querétaro"),
        new("MX-ROO", "MX", "Quintana Roo", "Quintana Roo"),
        new("MX-SLP", "MX", "San Luis Potosí", "San Luis Potosí"),
        new("MX-SIN", "MX", "Sinaloa", "Sinaloa"),
        new("MX-SON", "MX", "Sonora", "Sonora"),
        new("MX-TAB", "MX", "Tabasco", "Tabasco"),
        new("MX-TAM", "MX", "Tamaulipas", "Tamaulipas"),
        new("MX-TLA", "MX", "Tlaxcala", "Tlaxcala"),
        new("MX-VER", "MX", "Veracruz de Ignacio de la Llave", "Veracruz"),
        new("MX-YUC", "MX", "Yucatán", "Yucatán"),
        new("MX-ZAC", "MX", "Zacatecas", "Zacatecas"),

        new("PA-1", "PA", "Bocas del Toro", "Bocas del Toro"),
        new("PA-2", "PA", "Coclé", "Coclé"),
        new("PA-3", "PA", "Colón", "Colón"),
        new("PA-4", "PA", "Chiriquí", "Chiriquí"),
        new("PA-5", "PA", "Darién", "Darién"),
        new("PA-6", "PA", "Herrera", "Herrera"),
        new("PA-7", "PA", "Los Santos", "Los Santos"),
        new("PA-8", "PA", "Panamá", "Panama"),
        new("PA-9", "PA", "Veraguas", "Veraguas"),
        new("PA-10", "PA", "Panamá Oeste", "Panamá Oeste"),
        new("PA-EM", "PA", "Comarca Emberá", "Emberá"),
        new("PA-KY", "PA", "Comarca Guna Yala", "Guna Yala"),
        new("PA-NB", "PA", "Comarca Ngäbe-Buglé", "Ngäbe-Buglé"),
        new("PA-NT", "PA", "Comarca Naso Tjër Di", "Naso Tjër Di"),
    ];

    private static readonly Dictionary<string, SubnationalArea> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static SubnationalArea? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var a) ? a : null;

    /// <summary>The name of an area in <paramref name="language"/> ("es", "en", or a culture name), or the code itself when unknown.</summary>
    public static string Label(string code, string language) => Find(code)?.Name(language) ?? code;

    /// <summary>The country an area code belongs to (its ISO prefix), or null for an unknown code.</summary>
    public static string? CountryOf(string? code) => Find(code)?.CountryCode;

    public static IEnumerable<SubnationalArea> OfCountry(string countryCode) => All.Where(a => a.CountryCode == countryCode);

    /// <summary>Position in <see cref="All"/> (country order, then the list order), for stable display.</summary>
    public static int Order(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
