/**
 * `wa-optin/server/handler`: the receiver without anything Node-specific — the web-standard
 * handler, the SQL store over any `SqlDatabase`, the status fold — for runtimes with
 * `Request`/`Response` and Web Crypto but no Node built-ins (Cloudflare Workers, Deno
 * Deploy, edge functions). `wa-optin/server` adds the Node adapter, the CLI's stores and
 * re-exports all of this.
 */
export { createConsentReceiver, ReceiverError } from './http/receiver.js';
export type { ConsentReceiver, ReceiverOptions, RequestContext } from './http/receiver.js';
export { SqlConsentStore, migrate } from './store/store.js';
export type { ConsentEvent, ConsentStore, EventKind, EventRange, Forgotten, Identities, OptOut, Receipt, Resume, SaveOutcome, SqlConsentStoreOptions, SqlDatabase, SqlSession, StoredEvent, Suppression } from './store/store.js';
export { consentStatus, StatusFold, WHATSAPP_PREFERENCES_SOURCE } from './store/status.js';
// One person's standing, the same everywhere (issue 13 §3, §4): status, proof, canSend,
// the suppression list, retention and erasure.
export { canSend, DEFAULT_MARKETING_TOPICS, eraseSubscriber, lookupKey, pruneExpired, readSubscriber, suppressionList } from './proof/ledger.js';
export type { SubscriberReading, SuppressionEntry } from './proof/ledger.js';
export { proofHtml, proofOf, proofPageCsp } from './proof/proof.js';
export type { Proof, ProofEvent } from './proof/proof.js';
export type { WhatsAppWebhookOptions } from './http/whatsapp-routes.js';
export type { ConsentStatus, TopicStatus } from './store/status.js';
export { MIGRATIONS } from './store/migrations.js';
export type { RateLimit } from './http/rate-limit.js';
export { DEFAULT_TOPICS } from './validate.js';
// The WhatsApp Cloud API webhook's pure pieces (issue 13 §1, §1b) and the preference links
// (§2): Web Crypto only, no store, so they run wherever the handler runs.
export { constantTimeEqual, verifyHandshake, verifyWebhookSignature } from './whatsapp/signature.js';
export { readWebhookPayload, signalEventId } from './whatsapp/payload.js';
export type {
  IdentityChangeSignal,
  KeywordStopSignal,
  PairSeenIn,
  PairSignal,
  PreferenceSignal,
  ReadWebhookOptions,
  WebhookReading,
  WebhookSignal,
  WhatsAppIdentity,
} from './whatsapp/payload.js';
export { BUILT_IN_STOP_KEYWORDS, createStopKeywordMatcher, foldKeywordText } from './whatsapp/stop-keywords.js';
export type { StopKeywordMatcher, StopKeywordOptions } from './whatsapp/stop-keywords.js';
export { createPreferenceLink, MIN_LINK_SECRET_LENGTH, verifyPreferenceToken } from './preferences/link.js';
export type { PreferenceLinkOptions, PreferenceTokenCheck } from './preferences/link.js';
export { subscriberKey, sameSubscriber } from '../core/subscriber-key.js';
// The preference page and the admin page (issue 13 §2, §5): receiver options and their HTML.
export type { PreferenceLinkSettings, PreferenceState } from './http/preference-routes.js';
export type { PageAssets } from './pages/assets.js';
export type { DailyCount, SequencedEvent } from './store/store.js';
