using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ShopwareSync.Sandbox.Faults;

namespace ShopwareSync.Sandbox.Hosting;

/// <summary>Configuration of the sandbox, section <c>Sandbox</c>. Defaults suit the local quickstart.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The integration's "Access key ID"; must start with <c>SWIA</c> (admin-api.md 1.1).</summary>
    [Required]
    [RegularExpression("^SWIA[A-Z0-9]+$")]
    public string IntegrationAccessKeyId { get; set; } = "SWIASANDBOXINTEGRATION0000";

    [Required]
    [MinLength(1)]
    public string IntegrationSecretAccessKey { get; set; } = "sandbox-integration-secret";

    [Required]
    public string AdminUsername { get; set; } = "admin";

    [Required]
    public string AdminPassword { get; set; } = "shopware";

    /// <summary><c>shopware.api.access_token_ttl</c>, sent as <c>expires_in</c> (admin-api.md 1.1).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>What <c>GET /api/_info/version</c> answers (admin-api.md 8).</summary>
    [Required]
    public string ShopwareVersion { get; set; } = "6.6.10.0";

    [ValidateObjectMembers]
    public SandboxFaultOptions Faults { get; set; } = new();
}
