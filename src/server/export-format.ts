import type { StoredEvent } from './store/store.js';

/**
 * `csv`: RFC 4180 text for any tool. `csv-excel`: the same rows made for Excel — a UTF-8 byte
 * order mark (else Excel reads the wording as Windows-1252), and phone numbers kept as text
 * (else Excel turns +5511912345678 into 5.51191E+12). `jsonl`: one JSON object per line.
 */
export const EXPORT_FORMATS = ['csv', 'csv-excel', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/** The audit export's columns, in order (also the JSONL keys). */
export const EXPORT_COLUMNS = [
  'eventId', 'kind', 'phone', 'topics', 'occurredAt', 'receivedAt', 'source', 'business', 'wording',
  'wordingVersion', 'locale', 'pageUrl', 'phoneVerified', 'widgetVersion', 'reason', 'via', 'origin',
  'userAgent', 'clientIp', 'userId',
] as const satisfies readonly (keyof StoredEvent)[];

type Column = (typeof EXPORT_COLUMNS)[number];

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula, and some also strip a
 * leading tab, CR or LF and run what follows (CSV injection, OWASP). Every such cell gets a
 * leading apostrophe, whatever follows the first character: `-2+3+cmd|' /C calc'!A0` and
 * `+1+HYPERLINK(…)` are formulas too.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** The one cell allowed to start with `+`: a phone number, exactly E.164, shown as stored. */
const E164 = /^\+[1-9]\d{6,14}$/;

function csvCell(column: Column, value: unknown, excel: boolean): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (column === 'phone' && E164.test(text)) {
    // A constant string formula is how Excel is told "text" from a CSV; the content is
    // digits and a plus the pattern above admitted, so nothing runs but the quote.
    return excel ? `"=""${text}"""` : text;
  }
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Topics in one cell: space separated; `*` when an opt-out covers every topic. */
const topicsCell = (topics: string[] | null) => (topics ? topics.join(' ') : '*');

export function exportHeader(format: ExportFormat): string {
  if (format === 'jsonl') return '';
  return `${format === 'csv-excel' ? '\uFEFF' : ''}${EXPORT_COLUMNS.join(',')}\r\n`;
}

export function exportLine(event: StoredEvent, format: ExportFormat): string {
  if (format === 'jsonl') {
    return `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, event[c]])))}\n`;
  }
  const excel = format === 'csv-excel';
  return `${EXPORT_COLUMNS.map((c) => csvCell(c, c === 'topics' ? topicsCell(event.topics) : event[c], excel)).join(',')}\r\n`;
}
