namespace ShopwareSync.Core.Shopware;

/// <summary>Every default of the Shopware capability, and Shopware's own fixed ids, in one place.</summary>
public static class ShopwareDefaults
{
    /// <summary>Id of the system default currency, the same in every Shopware installation (Defaults::CURRENCY).</summary>
    public const string SystemCurrencyId = "b7d2554b0ce847cd82f3ac9bd1c0dfca";

    /// <summary>Shopware's client id for the password grant.</summary>
    public const string AdministrationClientId = "administration";

    public const decimal TaxRate = 19m;

    public const int BatchSize = 200;

    /// <summary>Shopware's own import tool sends at most 500 records a request; search caps limit at 500.</summary>
    public const int MaxBatchSize = 500;

    /// <summary>The app's SHOPWARE_REQUEST_TIMEOUT_MS default.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public const int MaxRetryAttempts = 3;

    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Share of the retry delay that jitter may add or take away (±20 %).</summary>
    public const double RetryJitterFraction = 0.2;

    public const double CircuitFailureRatio = 0.5;

    public const int CircuitMinimumThroughput = 10;

    public static readonly TimeSpan CircuitSamplingDuration = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan CircuitBreakDuration = TimeSpan.FromSeconds(30);

    /// <summary>A cached token is replaced this long before its expires_in runs out (at most half its lifetime).</summary>
    public static readonly TimeSpan TokenRefreshMargin = TimeSpan.FromSeconds(60);

    /// <summary>Longest piece of Shopware's text (detail, HTML page) kept in an error or a log line.</summary>
    public const int MaxErrorTextLength = 500;

    /// <summary>Shopware's limit for a product name (a translated string field, 255 characters).</summary>
    public const int MaxProductNameLength = 255;

    /// <summary>Shopware's limit for productNumber.</summary>
    public const int MaxProductNumberLength = 64;

    /// <summary>product_visibility.visibility: shown everywhere (listings and search).</summary>
    public const int VisibilityAll = 30;
}
