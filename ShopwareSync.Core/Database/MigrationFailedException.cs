namespace ShopwareSync.Core.Database;

/// <summary>A migration script failed; its transaction was rolled back and later scripts did not run.</summary>
public sealed class MigrationFailedException(string message, Exception innerException)
    : Exception(message, innerException);
