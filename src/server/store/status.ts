import type { EventKind, StoredEvent } from './store.js';

export interface TopicStatus {
  allowed: boolean;
  /** The event that decided it: the latest one naming this topic (or every topic). */
  eventId: string;
  kind: EventKind;
  receivedAt: string;
  source: string;
}

export interface ConsentStatus {
  topics: Record<string, TopicStatus>;
  /** Set when the latest word on every topic at once was an opt-out. */
  optedOutOfAll: TopicStatus | null;
  events: number;
}

/**
 * The source of WhatsApp's own marketing control (`user_preferences`, or the older system
 * message). Its stop is a pause of the marketing topics that a later resume may lift; every
 * other opt-out is a withdrawal that only a new opt-in undoes.
 */
export const WHATSAPP_PREFERENCES_SOURCE = 'whatsapp-preferences';

/**
 * Folds a subscriber's events (`eventsForSubscriber`: every variant of the number and every
 * BSUID paired with it), oldest first, into what may be sent now (R9). "Latest" is the order
 * the receiver stored them, not the times clients claim, so a record dated in the future
 * cannot outrank a later opt-out.
 *
 * - An opt-in allows its topics; the latest event naming a topic (or every topic) wins, so a
 *   stop beats an older opt-in and a new opt-in beats an older stop.
 * - A WhatsApp marketing stop (`source: 'whatsapp-preferences'`) pauses its topics.
 * - A resume lifts that pause, and allows a topic again only if the person's own consent to
 *   it still stands: an opt-in not withdrawn since by any other opt-out (a STOP keyword, the
 *   preference page, the admin). A resume carries no wording, so it never grants a topic
 *   the person never opted in to (R6, R11).
 */
export function consentStatus(events: readonly StoredEvent[]): ConsentStatus {
  const fold = new StatusFold();
  for (const event of events) fold.add(event);
  return fold.status();
}

/** `consentStatus` one event at a time, for folding a whole ledger in one pass (suppression list, prune). */
export class StatusFold {
  private readonly topics: Record<string, TopicStatus> = {};
  /** Topics the person opted in to and has not withdrawn (a WhatsApp pause does not withdraw). */
  private readonly consented = new Set<string>();
  private optedOutOfAll: TopicStatus | null = null;
  private count = 0;
  /** The latest event added. */
  last: StoredEvent | null = null;

  add(event: StoredEvent): void {
    const { topics, consented } = this;
    this.count++;
    this.last = event;
    const status: TopicStatus = {
      allowed: event.kind !== 'opt-out',
      eventId: event.eventId,
      kind: event.kind,
      receivedAt: event.receivedAt,
      source: event.source,
    };
    if (event.kind === 'opt-in') {
      for (const topic of event.topics ?? []) {
        topics[topic] = status;
        consented.add(topic);
      }
      this.optedOutOfAll = null;
    } else if (event.kind === 'opt-out') {
      const pause = event.source === WHATSAPP_PREFERENCES_SOURCE;
      const named = event.topics ?? [...new Set([...Object.keys(topics), ...consented])];
      for (const topic of named) {
        topics[topic] = status;
        if (!pause) consented.delete(topic);
      }
      if (event.topics === null) this.optedOutOfAll = status;
    } else {
      for (const topic of event.topics ?? []) {
        if (consented.has(topic)) topics[topic] = status;
      }
    }
  }

  status(): ConsentStatus {
    return { topics: { ...this.topics }, optedOutOfAll: this.optedOutOfAll, events: this.count };
  }
}
