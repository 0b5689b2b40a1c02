// The proof, read back from the receiver. Text only (textContent): a record's fields are
// whatever was sent and must never become markup.
export {};
interface StoredRecord {
  id: string;
  consentedAt: string;
  phone: string;
  phoneVerified?: boolean;
  topics: string[];
  wording: string;
  source: string;
  pageUrl: string | null;
  locale: string;
}

const status = document.querySelector('#records-status')!;
const body = document.querySelector('#records tbody')!;

async function showRecords(): Promise<void> {
  let rows: StoredRecord[];
  try {
    const response = await fetch('/api/consents');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    rows = (await response.json()) as StoredRecord[];
  } catch (error) {
    status.textContent = `Could not read the records from /api/consents: ${String(error)}. Is the demo running with npm start?`;
    return;
  }
  rows.sort((a, b) => b.consentedAt.localeCompare(a.consentedAt));
  status.textContent = rows.length ? `${rows.length} record${rows.length === 1 ? '' : 's'}.` : 'No opt-ins stored yet. Try one of the demo pages.';
  body.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      const cells = [
        new Date(r.consentedAt).toLocaleString(),
        r.phone + (r.phoneVerified ? ' (verified)' : ''),
        r.topics.join(', '),
        r.wording,
        r.source,
        r.pageUrl ?? '',
        r.locale,
        r.id,
      ];
      for (const value of cells) {
        const td = document.createElement('td');
        td.textContent = value;
        tr.append(td);
      }
      return tr;
    }),
  );
}

void showRecords();
