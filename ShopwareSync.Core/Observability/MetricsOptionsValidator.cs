using Microsoft.Extensions.Options;

namespace ShopwareSync.Core.Observability;

/// <summary>Source-generated validator for the data annotations on <see cref="MetricsOptions"/>.</summary>
[OptionsValidator]
public sealed partial class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
}
