/**
 * One person's standing, read the same way everywhere (issue 13 §3): `/status`, `/proof`,
 * `canSend`, the suppression list and the preference page all fold the same events with the
 * same `consentStatus`, so they cannot disagree. Web Crypto and the store only: part of the
 * portable `wa-optin/server/handler`.
 */
import { subscriberKey } from '../../core/subscriber-key.js';
import { consentStatus, StatusFold, type ConsentStatus } from '../store/status.js';
import type { ConsentStore, Forgotten, Identities, StoredEvent, Suppression } from '../store/store.js';

/** A BSUID (`BR.1502576394655843`, parents `US.ENT.…`), the shape WhatsApp's webhooks use. */
export const BSUID = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

/**
 * The marketing topics by default: what WhatsApp's "stop marketing messages" control stops.
 * Of the built-in topics these are the promotional ones; order, shipping, account, ticket,
 * appointment and support messages are the person's transactions, not marketing.
 */
export const DEFAULT_MARKETING_TOPICS: readonly string[] = ['offers', 'new_products'];

/**
 * The key a person is looked up by: a number in E.164 (`+5511981234567`, any of its forms) →
 * its subscriber key; a BSUID → itself.
 * @throws TypeError for anything else
 */
export function lookupKey(phoneOrUserId: string): string {
  if (BSUID.test(phoneOrUserId)) return phoneOrUserId;
  return subscriberKey(phoneOrUserId);
}

export interface SubscriberReading {
  /** What was asked for: a subscriber key or a BSUID. */
  key: string;
  identities: Identities;
  /** Every event of the person, in storage order (erased ones are gone). */
  events: StoredEvent[];
  /**
   * The standing now. After an erasure or prune only events newer than it (received AND
   * asserted after) count: a replayed old record is not a fresh consent, a new opt-in is.
   */
  status: ConsentStatus;
  suppressed: Suppression | null;
}

/** Whether an event counts after a suppression that started at `since`. */
const freshAfter = (since: string) => (event: StoredEvent) => event.receivedAt > since && event.occurredAt > since;

/** Reads one person (`lookupKey`): events, identities, suppression and the status fold. */
export async function readSubscriber(store: ConsentStore, key: string): Promise<SubscriberReading> {
  const [events, identities] = await Promise.all([store.eventsForSubscriber(key), store.identitiesOf(key)]);
  const suppressed = await store.suppressedSince(identities.keys.length ? identities.keys : [key]);
  const counted = suppressed ? events.filter(freshAfter(suppressed.since)) : events;
  return { key, identities, events, status: consentStatus(counted), suppressed };
}

/**
 * May `topic` be sent to this person now? The same answer as `/status` and `/proof`: the
 * latest event per topic wins, a stop beats an older opt-in, a resume restores only what an
 * opt-in allowed, an erased or pruned person needs a fresh opt-in.
 *
 * @param phoneOrUserId a number in E.164 (any form WhatsApp uses for it) or a BSUID
 */
export async function canSend(store: ConsentStore, phoneOrUserId: string, topic: string): Promise<boolean> {
  const reading = await readSubscriber(store, lookupKey(phoneOrUserId));
  return reading.status.topics[topic]?.allowed ?? false;
}

/** Deletes a person's events and links, keeping their keys' salted hashes on the suppression list (GDPR Art. 17). */
export function eraseSubscriber(store: ConsentStore, phoneOrUserId: string, now = new Date()): Promise<Forgotten> {
  return store.forgetSubscriber(lookupKey(phoneOrUserId), 'erased', now);
}

/** One person as the whole-ledger fold sees them. */
interface Group {
  /** A key of theirs, to forget them by. */
  key: string;
  phones: Set<string>;
  userIds: Set<string>;
  fold: StatusFold;
  since: string | null;
}

/** Union-find over identity links: which keys are one person. */
function peopleOf(links: ReadonlyArray<{ a: string; b: string }>) {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds short.
    for (let n = node; parent.has(n) && parent.get(n) !== root; ) {
      const next = parent.get(n)!;
      parent.set(n, root);
      n = next;
    }
    return root;
  };
  for (const { a, b } of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const members = new Map<string, string[]>();
  for (const node of parent.keys()) {
    const root = find(node);
    members.set(root, [...(members.get(root) ?? []), node]);
  }
  return { rootOf: (node: string) => (parent.has(node) ? find(node) : node), membersOf: (root: string) => members.get(root) ?? [root] };
}

/** Folds every event of the ledger, one pass in storage order, into one group per person. */
async function foldLedger(store: ConsentStore): Promise<{ groups: Map<string, Group>; suppressions: Map<string, Suppression> }> {
  const people = peopleOf(await store.identityLinks());
  const suppressions = new Map((await store.suppressions()).map(({ keyHash, ...s }) => [keyHash, s]));
  const groups = new Map<string, Group>();
  for await (const event of store.events()) {
    const node = event.subscriberKey ?? event.userId;
    if (!node) continue;
    const root = people.rootOf(node);
    let group = groups.get(root);
    if (!group) {
      let since: string | null = null;
      if (suppressions.size) {
        for (const member of people.membersOf(root)) {
          const found = suppressions.get(await store.suppressionHash(member));
          if (found && (!since || found.since > since)) since = found.since;
        }
      }
      group = { key: node, phones: new Set(), userIds: new Set(), fold: new StatusFold(), since };
      groups.set(root, group);
      for (const member of people.membersOf(root)) if (!member.startsWith('+')) group.userIds.add(member);
    }
    if (event.phone) group.phones.add(event.phone);
    if (event.userId) group.userIds.add(event.userId);
    if (!group.since || freshAfter(group.since)(event)) group.fold.add(event);
  }
  return { groups, suppressions };
}

/** One line of the suppression list. */
export interface SuppressionEntry {
  /** The person's numbers as stored (E.164); empty for a stop known only by its BSUID. */
  phones: string[];
  userIds: string[];
  /** The topics stopped now; `null`: every topic. */
  topics: string[] | null;
  /** `opt-out`: their latest word is a stop; `erased` / `pruned`: only the hash is left. */
  reason: 'opt-out' | 'erased' | 'pruned';
  /** Where the stop came from (`whatsapp-stop`, `whatsapp-preferences`, `preferences`, `form` …). */
  source: string | null;
  since: string;
  /** For `erased` / `pruned`: the salted hash of the key (`store.suppressionHash`), to match a number against. */
  keyHash: string | null;
}

/**
 * Every number and BSUID that may not receive marketing now: those whose latest word stops
 * every topic or a marketing topic, and those erased or pruned (as hashes), unless a fresh
 * opt-in since allows marketing again. For import into a messaging provider.
 */
export async function suppressionList(store: ConsentStore, options: { marketingTopics?: readonly string[] } = {}): Promise<SuppressionEntry[]> {
  const marketing = options.marketingTopics ?? DEFAULT_MARKETING_TOPICS;
  const { groups, suppressions } = await foldLedger(store);
  const entries: SuppressionEntry[] = [];
  const lifted = new Set<string>();
  for (const group of groups.values()) {
    const status = group.fold.status();
    const stopped = Object.entries(status.topics).filter(([, t]) => !t.allowed).map(([topic]) => topic).sort();
    const decider = status.optedOutOfAll ?? marketing.map((t) => status.topics[t]).find((t) => t && !t.allowed) ?? null;
    if (!decider) {
      if (group.since) for (const member of [...group.phones, ...group.userIds]) lifted.add(member);
      continue;
    }
    entries.push({
      phones: [...group.phones].sort(),
      userIds: [...group.userIds].sort(),
      topics: status.optedOutOfAll ? null : stopped,
      reason: 'opt-out',
      source: decider.source,
      since: decider.receivedAt,
      keyHash: null,
    });
  }
  const liftedHashes = new Set(await Promise.all([...lifted].map((k) => store.suppressionHash(lookupKeyOrSelf(k)))));
  for (const [keyHash, s] of suppressions) {
    if (liftedHashes.has(keyHash)) continue;
    entries.push({ phones: [], userIds: [], topics: null, reason: s.reason, source: null, since: s.since, keyHash });
  }
  return entries;
}

const lookupKeyOrSelf = (value: string) => {
  try {
    return lookupKey(value);
  } catch {
    return value;
  }
};

/**
 * Removes the events of every person whose latest event is an opt-out older than
 * `retainYears` (R11: keep records as long as claims are possible, and no longer). Their keys
 * stay on the suppression list as salted hashes, so they are never messaged again by
 * mistake. Resolves to how many people and events were removed.
 */
export async function pruneExpired(store: ConsentStore, options: { retainYears: number; now?: Date }): Promise<{ subscribers: number; events: number }> {
  if (!(options.retainYears > 0)) throw new RangeError('retainYears must be a positive number of years');
  const now = options.now ?? new Date();
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - Math.floor(options.retainYears));
  cutoff.setTime(cutoff.getTime() - (options.retainYears % 1) * 365.25 * 86_400_000);
  const { groups } = await foldLedger(store);
  let subscribers = 0;
  let events = 0;
  for (const group of groups.values()) {
    const last = group.fold.last;
    if (last?.kind !== 'opt-out' || new Date(last.receivedAt) >= cutoff) continue;
    const forgotten = await store.forgetSubscriber(group.key, 'pruned', now);
    subscribers++;
    events += forgotten.events;
  }
  return { subscribers, events };
}
