using Microsoft.Extensions.Options;

namespace ShopwareSync.Core.Shopware;

/// <summary>Source-generated validator for the data annotations on <see cref="ShopwareOptions"/> and its nested options.</summary>
[OptionsValidator]
public sealed partial class ShopwareOptionsDataAnnotationsValidator : IValidateOptions<ShopwareOptions>
{
}
