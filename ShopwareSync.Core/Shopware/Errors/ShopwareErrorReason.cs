namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>Why a call failed; a bounded set, fit for a metric label.</summary>
public enum ShopwareErrorReason
{
    /// <summary>No response: connection refused or reset, DNS failure, TLS failure.</summary>
    NoResponse,

    /// <summary>ShopwareSync gave up waiting (attempt or total timeout).</summary>
    Timeout,

    /// <summary>The circuit breaker is open after repeated failures; no request was sent.</summary>
    CircuitOpen,

    /// <summary>A success status with a body that is not the expected JSON (HTML from a proxy, empty, truncated).</summary>
    MalformedResponse,

    /// <summary>408 from Shopware or a proxy.</summary>
    RequestTimeout,

    /// <summary>429, including Shopware's login throttling.</summary>
    RateLimited,

    /// <summary>500 with MySQL code 1213 after Shopware's own retries.</summary>
    Deadlock,

    /// <summary>502, 503 or 504: Shopware or its proxy is not available.</summary>
    Unavailable,

    /// <summary>Any other 5xx; the write may have been committed.</summary>
    ServerError,

    /// <summary>401 for the access token even after signing in again.</summary>
    TokenRejected,

    /// <summary>The configured credentials are wrong, unknown or of an inactive integration.</summary>
    InvalidCredentials,

    /// <summary>403: the integration lacks an ACL privilege.</summary>
    Forbidden,

    /// <summary>404: route or record does not exist.</summary>
    NotFound,

    /// <summary>409, or a unique/foreign key conflict.</summary>
    Conflict,

    /// <summary>400 CONTENT__DUPLICATE_PRODUCT_NUMBER.</summary>
    DuplicateProductNumber,

    /// <summary>400: a record or criteria failed Shopware's validation.</summary>
    Validation,

    /// <summary>Any other rejection of the request as such (405, 412, 415, 417, other 4xx, unexpected 3xx).</summary>
    Rejected,

    /// <summary>The inventory's row cannot become a valid Shopware payload (no price, stock beyond int).</summary>
    InvalidSourceData,
}
