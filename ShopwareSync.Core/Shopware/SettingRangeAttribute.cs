using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ShopwareSync.Core.Shopware;

/// <summary>
/// A range check whose message names the setting, its environment variable and the value found, e.g.
/// "Shopware:BatchSize (Shopware__BatchSize) must be between 1 and 500; got 0." The options source generator
/// rewrites a plain [Range] and drops its ErrorMessage, so the setting would go unnamed.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SettingRangeAttribute : ValidationAttribute
{
    private readonly RangeAttribute range;

    public SettingRangeAttribute(string setting, int minimum, int maximum)
        : this(setting, new RangeAttribute(minimum, maximum))
    {
    }

    public SettingRangeAttribute(string setting, double minimum, double maximum)
        : this(setting, new RangeAttribute(minimum, maximum))
    {
    }

    public SettingRangeAttribute(string setting, Type type, string minimum, string maximum)
        : this(setting, new RangeAttribute(type, minimum, maximum) { ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true })
    {
    }

    private SettingRangeAttribute(string setting, RangeAttribute range)
    {
        Setting = setting;
        this.range = range;
    }

    /// <summary>Configuration path, e.g. Shopware:BatchSize.</summary>
    public string Setting { get; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (range.IsValid(value))
            return ValidationResult.Success;

        var found = Convert.ToString(value, CultureInfo.InvariantCulture);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{Setting} ({Setting.Replace(":", "__", StringComparison.Ordinal)}) must be between {range.Minimum} and {range.Maximum}; got {found}.");
        return new ValidationResult(message, validationContext is null ? null : [validationContext.MemberName ?? Setting]);
    }
}
