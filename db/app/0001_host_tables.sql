-- The host application's tables, exactly as mediator-service creates them on PostgreSQL at start-up
-- (backend/db.ts, initDb). ShopwareSync never runs this in production: the app owns these tables.
-- It is here for tests, the local quickstart, and as the record of the contract that the triggers
-- and the source view are written against. Deliberately not "fixed": TEXT timestamps, REAL prices,
-- nullable stock, quoted mixed-case names with umlauts.
-- Re-runnable, like the app's own start-up.

CREATE TABLE IF NOT EXISTS boxes (
  "BoxID"      TEXT PRIMARY KEY,
  "LocationId" TEXT,
  "Label"      TEXT,
  "CreatedAt"  TEXT,
  "Notes"      TEXT,
  "PhotoPath"  TEXT,
  "PlacedBy"   TEXT,
  "PlacedAt"   TEXT,
  "UpdatedAt"  TEXT NOT NULL
);

-- The app's own, never-drained queue from an earlier in-app attempt. ShopwareSync never reads,
-- alters or drops it; it is created here so tests can prove that.
CREATE TABLE IF NOT EXISTS shopware_sync_queue (
  "Id"            SERIAL PRIMARY KEY,
  "CorrelationId" TEXT NOT NULL,
  "JobType"       TEXT NOT NULL,
  "Payload"       TEXT NOT NULL,
  "Status"        TEXT NOT NULL DEFAULT 'queued',
  "RetryCount"    INTEGER NOT NULL DEFAULT 0,
  "LastError"     TEXT,
  "LastAttemptAt" TEXT,
  "NextAttemptAt" TEXT,
  "CreatedAt"     TEXT NOT NULL,
  "UpdatedAt"     TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_shopware_sync_queue_status ON shopware_sync_queue("Status");
CREATE INDEX IF NOT EXISTS idx_shopware_sync_queue_status_attempt
  ON shopware_sync_queue ("Status", COALESCE("NextAttemptAt", '1970-01-01'), "Id");
CREATE INDEX IF NOT EXISTS idx_shopware_sync_queue_correlation
  ON shopware_sync_queue ("CorrelationId");

CREATE TABLE IF NOT EXISTS item_refs (
  "Artikel_Nummer"    TEXT PRIMARY KEY,
  "Suchbegriff"       TEXT,
  "Grafikname"        TEXT,
  "ImageNames"        TEXT,
  "Artikelbeschreibung" TEXT,
  "Verkaufspreis"     REAL,
  "Kurzbeschreibung"  TEXT,
  "Langtext"          TEXT,
  "Hersteller"        TEXT,
  "Länge_mm"          INTEGER,
  "Breite_mm"         INTEGER,
  "Höhe_mm"           INTEGER,
  "Gewicht_kg"        REAL,
  "Hauptkategorien_A" TEXT,
  "Unterkategorien_A" TEXT,
  "Hauptkategorien_B" TEXT,
  "Unterkategorien_B" TEXT,
  "Veröffentlicht_Status" TEXT,
  "Quality"           INTEGER DEFAULT NULL,
  "Shopartikel"       INTEGER,
  "Artikeltyp"        TEXT,
  "Einheit"           TEXT,
  "EntityType"        TEXT,
  "EAN"               TEXT,
  "ShopwareProductId" TEXT
);

CREATE TABLE IF NOT EXISTS items (
  "ItemUUID"         TEXT PRIMARY KEY,
  "Artikel_Nummer"   TEXT REFERENCES item_refs("Artikel_Nummer") ON DELETE SET NULL ON UPDATE CASCADE,
  "BoxID"            TEXT REFERENCES boxes("BoxID") ON DELETE SET NULL ON UPDATE CASCADE,
  "Location"         TEXT,
  "UpdatedAt"        TEXT NOT NULL,
  "Datum_erfasst"    TEXT,
  "Auf_Lager"        INTEGER,
  "Quality"          INTEGER DEFAULT NULL,
  "ShopwareVariantId" TEXT,
  "SerialNumber"     TEXT,
  "MacAddress"       TEXT,
  "QualityId"        INTEGER,
  "InstanceSpecs"    TEXT
);

CREATE INDEX IF NOT EXISTS idx_items_mat ON items("Artikel_Nummer");
CREATE INDEX IF NOT EXISTS idx_items_box ON items("BoxID");

-- Its review state gates the app's own in-app Shopware sync (host-insync.md); its foreign key
-- cascades article renames like items does.
CREATE TABLE IF NOT EXISTS agentic_runs (
  "Id"                 SERIAL PRIMARY KEY,
  "Artikel_Nummer"     TEXT NOT NULL UNIQUE REFERENCES item_refs("Artikel_Nummer") ON DELETE CASCADE ON UPDATE CASCADE,
  "SearchQuery"        TEXT,
  "LastSearchLinksJson" TEXT,
  "Status"             TEXT NOT NULL,
  "LastModified"       TEXT NOT NULL,
  "ReviewState"        TEXT NOT NULL DEFAULT 'not_required',
  "ReviewedBy"         TEXT,
  "LastReviewDecision" TEXT,
  "LastReviewNotes"    TEXT,
  "RetryCount"         INTEGER NOT NULL DEFAULT 0,
  "NextRetryAt"        TEXT,
  "LastError"          TEXT,
  "LastAttemptAt"      TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS idx_agentic_runs_artikel_nummer ON agentic_runs("Artikel_Nummer");

-- Additive column migration the app runs after creating its tables.
ALTER TABLE item_refs ADD COLUMN IF NOT EXISTS "LastSyncedAt" TEXT;
