using Microsoft.Extensions.Options;

namespace ShopwareSync.Sandbox.Hosting;

/// <summary>Validates <see cref="SandboxOptions"/> from its data annotations at start.</summary>
[OptionsValidator]
public sealed partial class SandboxOptionsValidator : IValidateOptions<SandboxOptions>;
