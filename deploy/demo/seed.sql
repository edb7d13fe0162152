-- A demo catalogue for the local quickstart: 2,000 articles (pieces and bulk lots) with their stock
-- spread over 1 to 5 items each, written through the app's tables so the triggers see them like any
-- other change. Runs only on an empty item_refs.
INSERT INTO boxes ("BoxID", "Label", "UpdatedAt")
SELECT 'B-DEMO-' || b, 'Kiste ' || b, '2026-01-01T00:00:00.000Z' FROM generate_series(1, 50) AS b
ON CONFLICT DO NOTHING;

INSERT INTO item_refs ("Artikel_Nummer", "Artikelbeschreibung", "Kurzbeschreibung", "Hersteller", "Verkaufspreis",
                       "Länge_mm", "Breite_mm", "Höhe_mm", "Gewicht_kg", "Shopartikel", "Veröffentlicht_Status", "Einheit", "EAN")
SELECT 'SW-' || lpad(a::text, 5, '0'),
       'Demo-Artikel ' || a,
       'Gebraucht, geprüft',
       (ARRAY['Bosch', 'Makita', 'Fischer', 'Hager', NULL])[1 + a % 5],
       round((5 + (a * 37) % 400 + 0.99)::numeric, 2)::real,
       100 + a % 300, 50 + a % 200, 10 + a % 100, ((a % 50) + 1) / 10.0,
       CASE WHEN a % 10 = 0 THEN 0 ELSE 1 END,
       (ARRAY['yes', 'ja', 'no', '1', NULL])[1 + a % 5],
       CASE WHEN a % 7 = 0 THEN 'Menge' ELSE 'Stk' END,
       CASE WHEN a % 3 = 0 THEN '' ELSE NULL END
FROM generate_series(1, 2000) AS a
WHERE NOT EXISTS (SELECT 1 FROM item_refs);

INSERT INTO items ("ItemUUID", "Artikel_Nummer", "BoxID", "Location", "UpdatedAt", "Datum_erfasst", "Auf_Lager")
SELECT 'I-' || r."Artikel_Nummer" || '-' || n,
       r."Artikel_Nummer",
       'B-DEMO-' || (1 + (hashtext(r."Artikel_Nummer") & 2147483647) % 50),
       'Regal ' || n,
       '2026-01-01T00:00:00.000Z',
       '2026-01-01',
       CASE WHEN r."Einheit" = 'Menge' THEN 25 ELSE 1 END
FROM item_refs AS r
CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(r."Artikel_Nummer") & 2147483647) % 5) AS n
WHERE r."Artikel_Nummer" LIKE 'SW-%'
  AND NOT EXISTS (SELECT 1 FROM items);
