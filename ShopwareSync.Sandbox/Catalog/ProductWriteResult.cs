using ShopwareSync.Sandbox.Errors;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>A validated product write: the product to store, or the violations that reject it.</summary>
public sealed record ProductWriteResult(SandboxProduct? Product, IReadOnlyList<ShopwareError> Violations)
{
    public bool IsValid => Violations.Count == 0;
}
