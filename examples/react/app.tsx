// React 19 renders custom elements natively: props that are element properties are set as
// properties (business, topics, phoneVerified…), and `on<event-name>` props become event
// listeners — so `onwa-optin-success` listens to `wa-optin-success`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'wa-optin/define';
import type {} from 'wa-optin/react'; // JSX types for every <wa-optin-*> element

const endpoint = new URLSearchParams(location.search).get('endpoint') ?? '/api/consent';

function WhatsAppUpdates() {
  const [stored, setStored] = useState<string | null>(null);
  return (
    <section>
      <h1>Order updates on WhatsApp</h1>
      <wa-optin-form
        endpoint={endpoint}
        business="Acme Shoes"
        topics="order_updates,shipping_updates"
        country="US"
        source="react-app"
        onwa-optin-success={(event) => setStored(event.detail.record.phone)}
      />
      <p role="status" id="react-status">{stored ? `Stored the opt-in of ${stored}.` : 'No opt-in yet.'}</p>
    </section>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WhatsAppUpdates />
  </StrictMode>,
);
