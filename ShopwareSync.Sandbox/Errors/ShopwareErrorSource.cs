using System.Diagnostics.CodeAnalysis;

namespace ShopwareSync.Sandbox.Errors;

/// <summary><c>source.pointer</c> of an error, e.g. <c>/stock-batch-42/3/stock</c> (admin-api.md 2.4).</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Shopware's JSON field name.")]
public sealed record ShopwareErrorSource(string Pointer);
