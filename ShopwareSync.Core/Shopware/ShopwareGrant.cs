namespace ShopwareSync.Core.Shopware;

/// <summary>The OAuth grant ShopwareSync uses to get an access token.</summary>
public enum ShopwareGrant
{
    /// <summary>No complete set of credentials is configured.</summary>
    None,

    /// <summary>Integration access key id and secret (recommended; no user session).</summary>
    ClientCredentials,

    /// <summary>Admin user name and password with client id "administration".</summary>
    Password,
}
