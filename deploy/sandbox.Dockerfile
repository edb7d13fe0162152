# The sandbox Shopware (docs/sandbox.md) for deploy/docker-compose.yml. Not for production.
# Build from the repository root:  docker build -f deploy/sandbox.Dockerfile -t shopware-sync-sandbox .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish ShopwareSync.Sandbox/ShopwareSync.Sandbox.csproj --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# appsettings.json listens on loopback; in a container it must listen on all interfaces.
ENV Urls=http://+:8090
EXPOSE 8090
USER $APP_UID
ENTRYPOINT ["dotnet", "ShopwareSync.Sandbox.dll"]
