-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- AlterTable
ALTER TABLE "measure" ADD COLUMN     "search_text" TEXT,
ADD COLUMN     "search_vector" tsvector;

-- CreateIndex
CREATE INDEX "measure_search_vector_idx" ON "measure" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "measure_search_text_idx" ON "measure" USING GIN ("search_text" gin_trgm_ops);

-- The search document is built by the database, so every way of writing a measure (seed,
-- admin, import, SQL) keeps it right. Labels are the Bokmål names of the enum values, as in
-- messages/nb.json (tests/integration/search-document.test.ts keeps the two equal).
CREATE OR REPLACE FUNCTION search_label_nb(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE value
    WHEN 'ACTIVITY' THEN 'Aktivitetstilbud'
    WHEN 'WORK' THEN 'Arbeidsrettet tiltak'
    WHEN 'LOW_THRESHOLD_CENTRE' THEN 'Lavterskelsenter'
    WHEN 'ESCORT_SERVICE' THEN 'Følgetjeneste'
    WHEN 'FOR_RELATIVES' THEN 'For pårørende'
    WHEN 'YOUTH_FOLLOW_UP' THEN 'Oppfølging av unge'
    WHEN 'HEALTH_SERVICE' THEN 'Helsetilbud'
    WHEN 'PHYSICAL_ACTIVITY' THEN 'Fysisk aktivitet'
    WHEN 'OUTDOORS' THEN 'Tur og friluft'
    WHEN 'MUSIC' THEN 'Musikk'
    WHEN 'CREATIVE' THEN 'Kreative aktiviteter'
    WHEN 'SOCIAL_MEETING_PLACE' THEN 'Sosial møteplass'
    WHEN 'COURSES' THEN 'Kurs og recoveryskole'
    WHEN 'SELF_HELP_PEER_SUPPORT' THEN 'Selvhjelp og likepersoner'
    WHEN 'INDIVIDUAL_FOLLOW_UP' THEN 'Individuell oppfølging'
    WHEN 'WORK_TRAINING' THEN 'Arbeidstrening'
    WHEN 'JOB_SUPPORT' THEN 'Jobbstøtte (IPS)'
    WHEN 'EDUCATION' THEN 'Utdanning'
    WHEN 'HEALTH_CARE' THEN 'Helsehjelp'
    WHEN 'HARM_REDUCTION' THEN 'Skadereduksjon'
    WHEN 'ARNA' THEN 'Arna'
    WHEN 'BERGENHUS' THEN 'Bergenhus'
    WHEN 'FANA' THEN 'Fana'
    WHEN 'FYLLINGSDALEN' THEN 'Fyllingsdalen'
    WHEN 'LAKSEVAG' THEN 'Laksevåg'
    WHEN 'YTREBYGDA' THEN 'Ytrebygda'
    WHEN 'ARSTAD' THEN 'Årstad'
    WHEN 'ASANE' THEN 'Åsane'
    ELSE value
  END
$$;

CREATE OR REPLACE FUNCTION measure_search_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  provider_name text;
  labels text;
BEGIN
  SELECT p.name INTO provider_name FROM provider p WHERE p.id = NEW.provider_id;
  SELECT concat_ws(' ',
      search_label_nb(NEW.kind::text),
      (SELECT string_agg(search_label_nb(c::text), ' ') FROM unnest(NEW.categories) AS c),
      (SELECT string_agg(search_label_nb(d::text), ' ') FROM unnest(NEW.districts) AS d))
    INTO labels;
  NEW.search_vector :=
    setweight(to_tsvector('norwegian', coalesce(NEW.name, '')), 'A') ||
    setweight(to_tsvector('norwegian', concat_ws(' ', NEW.summary, provider_name, labels)), 'B') ||
    setweight(to_tsvector('norwegian', concat_ws(' ', NEW.description, NEW.how_to_start)), 'C');
  -- Lower-cased and without diacritics, for typo-tolerant trigram matching.
  NEW.search_text := lower(unaccent(concat_ws(' ', NEW.name, NEW.summary, provider_name, labels, NEW.description)));
  RETURN NEW;
END
$$;

CREATE TRIGGER measure_search_refresh
  BEFORE INSERT OR UPDATE OF name, summary, description, how_to_start, kind, categories, districts, provider_id
  ON measure FOR EACH ROW EXECUTE FUNCTION measure_search_refresh();

-- A provider's new name must reach the search documents of its measures.
CREATE OR REPLACE FUNCTION provider_search_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE measure SET provider_id = provider_id WHERE provider_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER provider_search_refresh
  AFTER UPDATE OF name ON provider FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION provider_search_refresh();

-- Measures that existed before this migration.
UPDATE measure SET provider_id = provider_id;
