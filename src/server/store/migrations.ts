/**
 * The one schema both stores use, as numbered SQL migrations: PGlite runs the same
 * PostgreSQL as the server does, so there is no dialect to translate. Append new
 * migrations; never edit one that has shipped (stores already ran it).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'consent events',
    sql: `
      -- Every opt-in and every opt-out is one row; rows are only ever inserted (R8, R9).
      CREATE TABLE wa_optin_events (
        seq            bigserial PRIMARY KEY,
        event_id       uuid NOT NULL UNIQUE,
        kind           text NOT NULL CHECK (kind IN ('opt-in', 'opt-out')),
        phone          text NOT NULL,
        -- NULL only for an opt-out of every topic.
        topics         text[],
        occurred_at    timestamptz NOT NULL,
        received_at    timestamptz NOT NULL,
        source         text NOT NULL,
        business       text,
        wording        text,
        wording_version text,
        locale         text,
        page_url       text,
        phone_verified boolean,
        widget_version text,
        reason         text,
        via            text NOT NULL,
        origin         text,
        user_agent     text,
        client_ip      text,
        -- The event exactly as accepted, and the digest that tells a retry from a conflict.
        body           json NOT NULL,
        body_sha256    text NOT NULL,
        CHECK (kind = 'opt-out' OR (topics IS NOT NULL AND wording IS NOT NULL))
      );
      CREATE INDEX wa_optin_events_phone ON wa_optin_events (phone, seq);
      CREATE INDEX wa_optin_events_received ON wa_optin_events (received_at, seq);
    `,
  },
  {
    version: 2,
    name: 'subscriber key',
    // The rules of src/core/subscriber-key.ts, in SQL: the database derives every row's key
    // from its number, so rows written by any receiver version, an import or a DBA carry one,
    // and no STOP misses them (R9). A test checks this function and `subscriberKey` agree.
    // Adding a stored generated column fills it for the rows already there (one table rewrite).
    sql: `
      CREATE FUNCTION wa_optin_subscriber_key(phone text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE
          WHEN phone ~ '^\\+55[1-9]{2}[6-9][0-9]{7}$' THEN '+55' || substr(phone, 4, 2) || '9' || substr(phone, 6)
          WHEN phone ~ '^\\+521[2-9][0-9]{9}$' THEN '+52' || substr(phone, 5)
          WHEN phone ~ '^\\+549[1-9][0-9]{9}$' THEN '+54' || substr(phone, 5)
          ELSE phone
        END
      $$;
      ALTER TABLE wa_optin_events
        ADD COLUMN subscriber_key text GENERATED ALWAYS AS (wa_optin_subscriber_key(phone)) STORED;
      CREATE INDEX wa_optin_events_subscriber ON wa_optin_events (subscriber_key, seq);
    `,
  },
  {
    version: 3,
    name: 'whatsapp identities, resume, suppression',
    // Issue 13 §1, §1b, §4. A stop that names only a business-scoped user ID (BSUID) is kept
    // against that BSUID (never dropped), so an event needs a number OR a BSUID. A resume
    // (WhatsApp's "resume marketing messages") is its own kind: it carries no wording, so it
    // is not an opt-in, and the status fold lets it re-allow only what an opt-in allowed.
    // The old CHECKs were created unnamed; they are found by table and dropped, then added
    // again with names.
    sql: `
      ALTER TABLE wa_optin_events ALTER COLUMN phone DROP NOT NULL;
      ALTER TABLE wa_optin_events ADD COLUMN user_id text;
      DO $$
      DECLARE c record;
      BEGIN
        FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'wa_optin_events'::regclass AND contype = 'c' LOOP
          EXECUTE format('ALTER TABLE wa_optin_events DROP CONSTRAINT %I', c.conname);
        END LOOP;
      END $$;
      ALTER TABLE wa_optin_events
        ADD CONSTRAINT wa_optin_events_kind CHECK (kind IN ('opt-in', 'opt-out', 'resume')),
        ADD CONSTRAINT wa_optin_events_who CHECK (phone IS NOT NULL OR user_id IS NOT NULL),
        -- Opt-ins keep their number: only WhatsApp's own signals may arrive with a BSUID alone.
        ADD CONSTRAINT wa_optin_events_opt_in CHECK (kind <> 'opt-in' OR (phone IS NOT NULL AND topics IS NOT NULL AND wording IS NOT NULL)),
        ADD CONSTRAINT wa_optin_events_resume CHECK (kind <> 'resume' OR topics IS NOT NULL);
      CREATE INDEX wa_optin_events_user_id ON wa_optin_events (user_id, seq) WHERE user_id IS NOT NULL;

      -- Who is who on WhatsApp: each row says two identities are one person, as a signed
      -- webhook showed them. Mostly a number (E.164, as WhatsApp gave it) and its BSUID; a
      -- changed number or BSUID links the old identity to the new one, so the person's state
      -- carries over. Keys: numbers by their subscriber key, BSUIDs as they are (the key
      -- function leaves anything that is not +digits alone).
      CREATE TABLE wa_optin_identities (
        a           text NOT NULL,
        b           text NOT NULL,
        a_key       text GENERATED ALWAYS AS (wa_optin_subscriber_key(a)) STORED,
        b_key       text GENERATED ALWAYS AS (wa_optin_subscriber_key(b)) STORED,
        -- When the webhook's event happened (Meta's time), and when this receiver learned it.
        learned_at  timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        -- message, status, user_preferences, system, user_id_update, number-changed …
        seen_in     text NOT NULL,
        PRIMARY KEY (a, b),
        CHECK (a <> b)
      );
      CREATE INDEX wa_optin_identities_a ON wa_optin_identities (a_key);
      CREATE INDEX wa_optin_identities_b ON wa_optin_identities (b_key);

      -- Numbers (and BSUIDs) that must not be messaged although their events are gone
      -- (erased on request, GDPR Art. 17, or pruned after the retention period): only a
      -- salted hash of the key is kept, never the number.
      CREATE TABLE wa_optin_suppressed (
        key_hash      text PRIMARY KEY,
        reason        text NOT NULL CHECK (reason IN ('erased', 'pruned')),
        since         timestamptz NOT NULL,
        events_removed integer NOT NULL
      );
      -- The salt of those hashes when WA_OPTIN_ERASE_SALT is not set: made once per database.
      CREATE TABLE wa_optin_settings (name text PRIMARY KEY, value text NOT NULL);
      INSERT INTO wa_optin_settings (name, value)
        VALUES ('erase_salt', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
    `,
  },
];
