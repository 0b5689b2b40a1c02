// Angular (standalone component). CUSTOM_ELEMENTS_SCHEMA lets the template use
// <wa-optin-form>; [prop] bindings set element properties, (event) binds DOM events.
// Register the elements once, e.g. in main.ts: `import 'wa-optin/define';`
// Not run by the test suite (React and Vue are); kept to the same shape as those.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { OptinSuccessDetail } from 'wa-optin';

@Component({
  selector: 'app-whatsapp-optin',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <wa-optin-form
      [endpoint]="endpoint"
      business="Acme Shoes"
      topics="order_updates,shipping_updates"
      source="angular-app"
      (wa-optin-success)="onSuccess($event)"
    ></wa-optin-form>
    <p role="status">{{ stored() ? 'Stored the opt-in of ' + stored() + '.' : 'No opt-in yet.' }}</p>
  `,
})
export class WhatsAppOptinComponent {
  endpoint = '/api/consent';
  stored = signal<string | null>(null);

  onSuccess(event: Event) {
    this.stored.set((event as CustomEvent<OptinSuccessDetail>).detail.record.phone);
  }
}
