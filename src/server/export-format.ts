import type { StoredEvent } from './store/store.js';

export type ExportFormat = 'csv' | 'jsonl';

/** The audit export's columns, in order (also the JSONL keys). */
export const EXPORT_COLUMNS = [
  'eventId', 'kind', 'phone', 'topics', 'occurredAt', 'receivedAt', 'source', 'business', 'wording',
  'wordingVersion', 'locale', 'pageUrl', 'phoneVerified', 'widgetVersion', 'reason', 'via', 'origin',
  'userAgent', 'clientIp',
] as const satisfies readonly (keyof StoredEvent)[];

/**
 * A spreadsheet would run a cell that starts with = @ or a sign followed by a letter as a
 * formula (CSV injection); such cells get a leading apostrophe. A phone number ("+55…")
 * keeps its plus, since an audit export must show the number as stored.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-][^\d\s])/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Topics in one cell: space separated; `*` when an opt-out covers every topic. */
const topicsCell = (topics: string[] | null) => (topics ? topics.join(' ') : '*');

export function exportHeader(format: ExportFormat): string {
  return format === 'csv' ? `${EXPORT_COLUMNS.join(',')}\r\n` : '';
}

export function exportLine(event: StoredEvent, format: ExportFormat): string {
  if (format === 'jsonl') {
    return `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, event[c]])))}\n`;
  }
  return `${EXPORT_COLUMNS.map((c) => (c === 'topics' ? csvCell(topicsCell(event.topics)) : csvCell(event[c]))).join(',')}\r\n`;
}
