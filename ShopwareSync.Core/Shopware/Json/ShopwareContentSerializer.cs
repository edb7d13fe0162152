using System.Reflection;
using System.Text.Json;
using Refit;

namespace ShopwareSync.Core.Shopware.Json;

/// <summary>
/// Refit's System.Text.Json serializer with <see cref="ShopwareJson.Options"/>, which also refuses an empty or
/// <c>null</c> answer where an entity is expected (a proxy's empty 200 would otherwise become a null result).
/// </summary>
public sealed class ShopwareContentSerializer : IHttpContentSerializer
{
    private readonly SystemTextJsonContentSerializer inner = new(ShopwareJson.Options);

    public HttpContent ToHttpContent<T>(T item) => inner.ToHttpContent(item);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Buffered so a body that fails to parse can still be quoted in the error.
        await content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            var result = await inner.FromHttpContentAsync<T>(content, cancellationToken);
            return result ?? throw new JsonException("The response body is empty or JSON null where Shopware sends an object.");
        }
        catch (JsonException ex)
        {
            var body = await content.ReadAsStringAsync(cancellationToken);
            throw new MalformedResponseBodyException(
                body.Length <= MaxQuotedBodyLength ? body : body[..MaxQuotedBodyLength], content.Headers.ContentType?.MediaType, ex);
        }
    }

    private const int MaxQuotedBodyLength = 4096;

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => inner.GetFieldNameForProperty(propertyInfo);
}
