# ShopwareSync worker. Build from the repository root:  docker build -t shopware-sync .
# Configuration comes from environment variables only (docs/setup.md, .env.example); no secret is baked in.
# Run: docker run --env-file shopware-sync.env -p 8080:8080 shopware-sync   (verbs: ... shopware-sync migrate)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The tests run this same line (ShopwareSync.Tests/Integration/Worker/PublishTests.cs).
RUN dotnet publish ShopwareSync.Worker/ShopwareSync.Worker.csproj --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Listen on all interfaces inside the container (the default in appsettings.json is loopback).
ENV Urls=http://+:8080 \
    Logs__Format=json
EXPOSE 8080
# The image's unprivileged user (uid 1654, "app"); it owns nothing in /app.
USER $APP_UID
# The runtime image has no curl: the worker asks itself (ShopwareSync.Worker/Commands/ProbeCommand.cs).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["dotnet", "shopware-sync.dll", "probe", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "shopware-sync.dll"]
