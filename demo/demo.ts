// Every demo page loads this: the components straight from src/ (Vite resolves the path
// on the server; a `../src/…` script src in the HTML would point above the demo root), and
// the shared header: where each strategy of POLICY.md lives, and a way to start over.
import '../src/define.js';
import { DisplayMemory } from '../src/core/display-memory.js';

const pages: [string, string][] = [
  ['index.html', 'All strategies'],
  ['homepage.html', '1 · Homepage'],
  ['landing.html', '2 · Landing page'],
  ['sms.html?topics=shipping_updates&source=sms', '3 · SMS link'],
  ['checkout.html', '4 · Checkout'],
  ['signup.html', '5 · Signup'],
  ['account.html', '5 · Account'],
  ['/api/admin', 'Stored records (admin)'],
  ['/demo/preference-link', 'Preference page'],
];

const header = document.querySelector('header.site-header');
if (header) {
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Demo pages');
  for (const [href, label] of pages) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    if (location.pathname.endsWith(href.split('?')[0])) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'button secondary';
  reset.textContent = 'Forget my choices on this device';
  reset.addEventListener('click', () => {
    // Popup and banner remember a dismissal (snooze) and an opt-in (never again) per site.
    DisplayMemory.reset();
    location.reload();
  });
  nav.append(reset);
  header.append(nav);
}
