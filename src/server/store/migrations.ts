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
];
