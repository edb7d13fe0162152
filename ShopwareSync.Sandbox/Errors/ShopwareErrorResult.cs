using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Errors;

/// <summary>Turns Shopware errors into an HTTP answer whose status is the first error's status.</summary>
public static class ShopwareErrorResult
{
    public static IResult From(int statusCode, params ShopwareError[] errors) =>
        Results.Json(new ShopwareErrorBody(errors), SandboxJson.Options, "application/json", statusCode);

    public static IResult From(int statusCode, IReadOnlyList<ShopwareError> errors) =>
        Results.Json(new ShopwareErrorBody(errors), SandboxJson.Options, "application/json", statusCode);

    public static Task WriteAsync(HttpContext context, int statusCode, ShopwareError error) =>
        From(statusCode, error).ExecuteAsync(context);
}
