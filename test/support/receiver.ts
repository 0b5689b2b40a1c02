// Browser-side helpers for the scripted receiver in test/support/wtr-plugins.mjs.
import { executeServerCommand } from '@web/test-runner-commands';
import type { ConsentRecord } from '../../src/core/record.js';

export interface ReceivedRequest {
  headers: Record<string, string>;
  body: ConsentRecord;
  status: number;
}

let counter = 0;

/**
 * One scripted answer (see scriptedReceiver in wtr-plugins.mjs): a status (0 = a broken
 * connection), a 302 to a login page, a 200 that is not the receiver's acknowledgement,
 * or any of these after a pause.
 */
export type ScriptedAnswer = number | 'redirect' | 'wrong-json' | 'html' | { status: number | 'redirect' | 'wrong-json' | 'html'; delayMs: number };

/** A fresh receiver URL whose answers follow `statuses`, then 201 (`{ id, kind, stored }`). */
export async function scriptedEndpoint(statuses: ScriptedAnswer[] = []): Promise<{ url: string; requests: () => Promise<ReceivedRequest[]> }> {
  const bucket = `b${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const url = `/__receiver/${bucket}`;
  await fetch(`${url}/script`, { method: 'PUT', body: JSON.stringify(statuses) });
  return {
    url,
    requests: async () => (await (await fetch(`${url}/requests`)).json()) as ReceivedRequest[],
  };
}

export async function validateAgainstSchema(record: unknown): Promise<{ valid: boolean; errors: string[] }> {
  return (await executeServerCommand('validate-consent-record', record)) as { valid: boolean; errors: string[] };
}

/** Polls until `check` holds or the time is up; returns the last value. */
export async function eventually<T>(read: () => Promise<T> | T, check: (value: T) => boolean, timeoutMs = 4000): Promise<T> {
  const start = performance.now();
  let value = await read();
  while (!check(value) && performance.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  return value;
}
