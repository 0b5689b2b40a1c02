import type { StoredEvent } from './store.js';

export interface TopicStatus {
  allowed: boolean;
  /** The event that decided it: the latest one naming this topic (or every topic). */
  eventId: string;
  kind: 'opt-in' | 'opt-out';
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
 * Folds a subscriber's events (`eventsForSubscriber`: every variant of the number, POLICY.md
 * "Numbers as WhatsApp reports them"), oldest first, into what may be sent now: the latest event
 * naming a topic wins (R9). "Latest" is the order the receiver stored them, not the
 * times clients claim, so a record dated in the future cannot outrank a later opt-out.
 */
export function consentStatus(events: readonly StoredEvent[]): ConsentStatus {
  const topics: Record<string, TopicStatus> = {};
  let optedOutOfAll: TopicStatus | null = null;
  for (const event of events) {
    const status: TopicStatus = {
      allowed: event.kind === 'opt-in',
      eventId: event.eventId,
      kind: event.kind,
      receivedAt: event.receivedAt,
      source: event.source,
    };
    if (event.topics === null) {
      for (const topic of Object.keys(topics)) topics[topic] = status;
      optedOutOfAll = status;
    } else {
      for (const topic of event.topics) topics[topic] = status;
      if (event.kind === 'opt-in') optedOutOfAll = null;
    }
  }
  return { topics, optedOutOfAll, events: events.length };
}
