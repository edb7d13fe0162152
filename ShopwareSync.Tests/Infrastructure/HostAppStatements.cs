namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// The inventory app's own statements on item_refs and items, as it sends them (backend/db.ts of the
/// app; ../shared/host-app.md), with Dapper parameter names in place of $1, $2, ... Trigger tests
/// replay these, so the triggers are tested against what the app really does.
/// </summary>
internal static class HostAppStatements
{
    public const string AddOneUnit =
        """UPDATE items SET "Auf_Lager"="Auf_Lager"+1, "UpdatedAt"=@Now WHERE "ItemUUID"=@ItemUuid""";

    public const string RemoveOneUnit =
        """
        UPDATE items SET "Auf_Lager"="Auf_Lager"-1,
          "BoxID"=CASE WHEN "Auf_Lager"-1<=0 THEN NULL ELSE "BoxID" END,
          "Location"=CASE WHEN "Auf_Lager"-1<=0 THEN NULL ELSE "Location" END,
          "UpdatedAt"=@Now
        WHERE "ItemUUID"=@ItemUuid AND "Auf_Lager">0
        """;

    public const string ZeroPiece =
        """UPDATE items SET "Auf_Lager"=0,"BoxID"=NULL,"Location"=NULL,"UpdatedAt"=@Now WHERE "ItemUUID"=@ItemUuid""";

    public const string DeleteInstance =
        """DELETE FROM items WHERE "ItemUUID"=@ItemUuid""";

    /// <summary>Save, CSV import and intake: a whole-row upsert that rewrites every column.</summary>
    public const string UpsertInstance =
        """
        INSERT INTO items (
          "ItemUUID","Artikel_Nummer","BoxID","Location","UpdatedAt","Datum_erfasst","Auf_Lager","Quality","ShopwareVariantId","SerialNumber","MacAddress"
        )
        VALUES (@ItemUuid,@ArticleNumber,@BoxId,@Location,@Now,@Captured,@Stock,@Quality,NULL,@SerialNumber,NULL)
        ON CONFLICT("ItemUUID") DO UPDATE SET
          "Artikel_Nummer"=EXCLUDED."Artikel_Nummer",
          "BoxID"=EXCLUDED."BoxID",
          "Location"=EXCLUDED."Location",
          "UpdatedAt"=EXCLUDED."UpdatedAt",
          "Datum_erfasst"=EXCLUDED."Datum_erfasst",
          "Auf_Lager"=EXCLUDED."Auf_Lager",
          "Quality"=EXCLUDED."Quality",
          "ShopwareVariantId"=EXCLUDED."ShopwareVariantId",
          "SerialNumber"=EXCLUDED."SerialNumber",
          "MacAddress"=EXCLUDED."MacAddress"
        """;

    /// <summary>The same for item_refs, including "ShopwareProductId" = EXCLUDED."ShopwareProductId".</summary>
    public const string UpsertReference =
        """
        INSERT INTO item_refs (
          "Artikel_Nummer", "Suchbegriff", "Grafikname", "ImageNames", "Artikelbeschreibung", "Verkaufspreis", "Kurzbeschreibung",
          "Langtext", "Hersteller", "Länge_mm", "Breite_mm", "Höhe_mm", "Gewicht_kg",
          "Hauptkategorien_A", "Unterkategorien_A", "Hauptkategorien_B", "Unterkategorien_B",
          "Veröffentlicht_Status", "Quality", "Shopartikel", "Artikeltyp", "Einheit", "EntityType", "EAN", "ShopwareProductId"
        )
        VALUES (@ArticleNumber, @SearchTerm, NULL, NULL, @Name, @Price, @ShortText,
          @LongText, @Manufacturer, @LengthMm, @WidthMm, @HeightMm, @WeightKg,
          @MainCategoryA, NULL, NULL, NULL,
          @Published, @Quality, @ShopArticle, NULL, @Unit, NULL, @Ean, @ShopwareProductId)
        ON CONFLICT("Artikel_Nummer") DO UPDATE SET
          "Suchbegriff"=EXCLUDED."Suchbegriff",
          "Grafikname"=EXCLUDED."Grafikname",
          "ImageNames"=EXCLUDED."ImageNames",
          "Artikelbeschreibung"=EXCLUDED."Artikelbeschreibung",
          "Verkaufspreis"=EXCLUDED."Verkaufspreis",
          "Kurzbeschreibung"=EXCLUDED."Kurzbeschreibung",
          "Langtext"=EXCLUDED."Langtext",
          "Hersteller"=EXCLUDED."Hersteller",
          "Länge_mm"=EXCLUDED."Länge_mm",
          "Breite_mm"=EXCLUDED."Breite_mm",
          "Höhe_mm"=EXCLUDED."Höhe_mm",
          "Gewicht_kg"=EXCLUDED."Gewicht_kg",
          "Hauptkategorien_A"=EXCLUDED."Hauptkategorien_A",
          "Unterkategorien_A"=EXCLUDED."Unterkategorien_A",
          "Hauptkategorien_B"=EXCLUDED."Hauptkategorien_B",
          "Unterkategorien_B"=EXCLUDED."Unterkategorien_B",
          "Veröffentlicht_Status"=EXCLUDED."Veröffentlicht_Status",
          "Quality"=EXCLUDED."Quality",
          "Shopartikel"=EXCLUDED."Shopartikel",
          "Artikeltyp"=EXCLUDED."Artikeltyp",
          "Einheit"=EXCLUDED."Einheit",
          "EntityType"=EXCLUDED."EntityType",
          "EAN"=EXCLUDED."EAN",
          "ShopwareProductId"=EXCLUDED."ShopwareProductId"
        """;

    /// <summary>Bulk shop status, one statement per article; NULL parameters keep the old value.</summary>
    public const string BulkShopStatus =
        """
        UPDATE item_refs SET
          "Verkaufspreis"=COALESCE(@Price,"Verkaufspreis"),
          "Shopartikel"=COALESCE(@ShopArticle,"Shopartikel"),
          "Veröffentlicht_Status"=COALESCE(@Published,"Veröffentlicht_Status")
        WHERE "Artikel_Nummer"=@ArticleNumber
        """;

    public const string MoveToBox =
        """UPDATE items SET "BoxID"=@BoxId,"Location"=@Location,"UpdatedAt"=@Now WHERE "ItemUUID"=@ItemUuid""";

    public const string RepointInstance =
        """UPDATE items SET "Artikel_Nummer"=@ArticleNumber,"UpdatedAt"=@Now WHERE "ItemUUID"=@ItemUuid""";

    /// <summary>Cascades to items (and agentic_runs) through ON UPDATE CASCADE.</summary>
    public const string RenameArticle =
        """UPDATE item_refs SET "Artikel_Nummer"=@NewArticleNumber WHERE "Artikel_Nummer"=@ArticleNumber""";

    public const string RenameInstance =
        """UPDATE items SET "ItemUUID"=@NewItemUuid WHERE "ItemUUID"=@ItemUuid""";

    /// <summary>The ERP export marks what it exported.</summary>
    public const string ErpMarkExported =
        """UPDATE item_refs SET "LastSyncedAt"=@Now WHERE "Artikel_Nummer" = ANY(@ArticleNumbers)""";

    public const string InsertBox =
        """INSERT INTO boxes ("BoxID","UpdatedAt") VALUES (@BoxId, @Now)""";
}
