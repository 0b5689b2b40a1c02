/**
 * The shapes the admin page reads from the receiver (CONTRACT-13), and the pure helpers
 * that make them readable on a phone: UTC times with the zone named, topic names instead
 * of ids, repeats folded into one card. No DOM here, so each piece is testable alone.
 */
import { stringsFor, type PageStrings } from '../../core/locales.js';
import { humaniseTopic, topicLabel } from '../../core/wording.js';

/** One event as `GET /events` lists it (a stored event with its sequence number). */
export interface AdminEvent {
  seq: number;
  eventId: string;
  kind: 'opt-in' | 'opt-out' | 'resume';
  phone: string | null;
  userId?: string | null;
  /** `null`: every topic. */
  topics: string[] | null;
  occurredAt: string;
  receivedAt: string;
  source: string;
  business: string | null;
  wording: string | null;
  locale: string | null;
  [field: string]: unknown;
}

/** One event of a proof: what the page asserted, kept apart from what the receiver observed (R11). */
export interface ProofEvent {
  eventId: string;
  kind: 'opt-in' | 'opt-out' | 'resume';
  topics: string[] | null;
  asserted: Record<string, string | boolean | null> & { wording?: string | null; locale?: string | null; source?: string };
  observed: Record<string, string | null> & { receivedAt?: string };
}

export interface TopicState {
  allowed: boolean;
  eventId?: string;
  kind?: string;
  receivedAt?: string;
  source?: string;
}

/** `GET /proof?phone=…` (or `?user_id=…`). */
export interface Proof {
  subscriber: { key: string; phones: string[]; userIds: string[] };
  state: { topics: Record<string, TopicState>; optedOutOfAll: unknown; events: number };
  events: ProofEvent[];
}

/** One UTC day of `GET /stats`. */
export interface StatsDay {
  date: string;
  optIns: number;
  optOuts: number;
  bySource: Record<string, number>;
}

/** `2026-11-29T14:03:27Z` → `2026-11-29 14:03 UTC`: one zone for every reader, and it says which. */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Topic names in the admin's language, worded for a list (the `list` slot: "Order updates", not the sentence's "order updates"). */
export function topicNames(topics: readonly string[] | null, locale: string, words: PageStrings['admin']): string {
  if (!topics || topics.length === 0) return words.allTopics;
  const strings = stringsFor(locale);
  return topics.map((id) => topicLabel(id, strings, 'list')).join(', ');
}

export function sourceName(source: string | null | undefined, words: PageStrings['admin']): string {
  if (!source) return '';
  return words.sources[source] ?? humaniseTopic(source);
}

/** Cards of the event list: the same person doing the same thing again, one after another, is one card with a count. */
export interface EventGroup {
  first: AdminEvent;
  /** Every event of the group, newest first (as listed). */
  events: AdminEvent[];
}

const sameAct = (a: AdminEvent, b: AdminEvent) =>
  (a.phone ?? a.userId ?? '') === (b.phone ?? b.userId ?? '') &&
  a.kind === b.kind &&
  a.source === b.source &&
  (a.wording ?? '') === (b.wording ?? '') &&
  [...(a.topics ?? ['*'])].sort().join(',') === [...(b.topics ?? ['*'])].sort().join(',');

export function groupRepeats(events: readonly AdminEvent[]): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && sameAct(last.first, event)) last.events.push(event);
    else groups.push({ first: event, events: [event] });
  }
  return groups;
}

/** A BSUID (`BR.1502576394655843`) goes to `?user_id=`, anything else to `?phone=`. */
export function proofQuery(input: string): string {
  const value = input.trim();
  return /^[A-Z]{2}\.[0-9A-Za-z]+$/.test(value) ? `user_id=${encodeURIComponent(value)}` : `phone=${encodeURIComponent(value.replace(/[\s().-]/g, ''))}`;
}
