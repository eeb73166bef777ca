using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MirpsPractices.Web.Localization;

/// <summary>
/// MVC treats non-nullable value types (a checkbox's bool) as implicitly required, with an English-only message.
/// Adding an explicit [Required] whose message is a resource key makes that message localized too.
/// </summary>
public sealed class LocalizedImplicitRequiredProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind != Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Property
            || !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
            || context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            return;
        }
        context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute { ErrorMessage = "Validation_Required" });
    }
}
