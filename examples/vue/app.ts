// Vue 3: tell the template compiler that <wa-optin-*> are custom elements (not Vue
// components). Bound values (`:endpoint`) are set as element properties; `@wa-optin-success`
// listens to the DOM event.
import { createApp, ref } from 'vue';
import 'wa-optin/define';
import type {} from 'wa-optin/vue'; // GlobalComponents types for Volar / vue-tsc
import type { OptinSuccessDetail } from 'wa-optin';

const app = createApp({
  setup() {
    const endpoint = new URLSearchParams(location.search).get('endpoint') ?? '/api/consent';
    const stored = ref<string | null>(null);
    const onSuccess = (event: CustomEvent<OptinSuccessDetail>) => {
      stored.value = event.detail.record.phone;
    };
    return { endpoint, stored, onSuccess };
  },
  template: `
    <section>
      <h1>Order updates on WhatsApp</h1>
      <wa-optin-form
        :endpoint="endpoint"
        business="Acme Shoes"
        topics="order_updates,shipping_updates"
        country="US"
        source="vue-app"
        @wa-optin-success="onSuccess"
      ></wa-optin-form>
      <p role="status" id="vue-status">{{ stored ? 'Stored the opt-in of ' + stored + '.' : 'No opt-in yet.' }}</p>
    </section>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('wa-optin-');
app.mount('#root');
