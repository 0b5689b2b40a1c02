// Strategy 3: topics and source come from the SMS link. Only plain ids are taken from the
// URL (a link is anyone's to edit); the form still shows every topic in words (R2).
export {};
const params = new URLSearchParams(location.search);
const form = document.querySelector('#sms-form');
const cleanList = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /^[a-z0-9_-]{1,40}$/.test(t))
    .slice(0, 6)
    .join(',');
const topics = cleanList(params.get('topics'));
const source = cleanList(params.get('source')).split(',')[0];
if (form && topics) form.setAttribute('topics', topics);
if (form && source) form.setAttribute('source', source);
const note = document.querySelector('#from-link');
if (note) note.textContent = `From the link: topics "${form?.getAttribute('topics')}", recorded with source "${form?.getAttribute('source')}".`;
