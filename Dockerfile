# ShopwareSync worker. Build:  docker build -t shopware-sync .
# Configuration comes from environment variables only (docs/setup.md); no secret is baked in.

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
# The image's unprivileged user.
USER $APP_UID
ENTRYPOINT ["dotnet", "shopware-sync.dll"]
