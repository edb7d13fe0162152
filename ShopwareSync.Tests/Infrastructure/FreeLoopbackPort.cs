using System.Net;
using System.Net.Sockets;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>A loopback TCP port that was free a moment ago, for a server a test starts (or expects to find closed).</summary>
internal static class FreeLoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
