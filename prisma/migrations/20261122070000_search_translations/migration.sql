-- Nynorsk and English names and summaries become findable. They join the search document
-- at the lowest weight, so a Bokmål match still ranks first. The 'simple' configuration
-- keeps their words as written (lower-cased): Norwegian stemming and stop words would
-- mangle English, and a prefix query's Norwegian stem is still a prefix of the word.
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
    setweight(to_tsvector('norwegian', concat_ws(' ', NEW.description, NEW.how_to_start)), 'C') ||
    setweight(to_tsvector('simple', concat_ws(' ', NEW.name_nn, NEW.name_en, NEW.summary_nn, NEW.summary_en)), 'D');
  -- Lower-cased and without diacritics, for typo-tolerant trigram matching.
  NEW.search_text := lower(unaccent(concat_ws(' ', NEW.name, NEW.summary, provider_name, labels, NEW.description,
    NEW.name_nn, NEW.name_en, NEW.summary_nn, NEW.summary_en)));
  RETURN NEW;
END
$$;

-- The trigger fires on updates of the listed columns only: add the translations.
DROP TRIGGER measure_search_refresh ON measure;
CREATE TRIGGER measure_search_refresh
  BEFORE INSERT OR UPDATE OF name, summary, description, how_to_start, kind, categories, districts, provider_id,
    name_nn, name_en, summary_nn, summary_en
  ON measure FOR EACH ROW EXECUTE FUNCTION measure_search_refresh();

-- Rebuild the documents of existing measures.
UPDATE measure SET provider_id = provider_id;
