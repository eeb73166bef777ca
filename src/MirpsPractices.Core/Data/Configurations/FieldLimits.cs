namespace MirpsPractices.Core.Data.Configurations;

/// <summary>Maximum lengths shared by the database schema and the form validators.</summary>
public static class FieldLimits
{
    public const int Slug = 120;
    public const int Title = 200;
    public const int Name = 200;
    public const int Summary = 1000;
    public const int MediumText = 4000;
    public const int LongText = 20000;
    public const int Url = 2000;
    public const int Acronym = 30;
    public const int Unit = 50;

    /// <summary>Indicator values are stored as decimal(18, 2): anything from 10^16 on does not fit.</summary>
    public const decimal IndicatorValue = 9_999_999_999_999_999.99m;
}
