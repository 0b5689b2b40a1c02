// Browser-side helpers for the business-side stand-in in test/support/business-api.mjs.
let counter = 0;

export interface BusinessRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
}

/** A fresh stand-in of the contract's endpoints playing `scenario`; `endpoint` is what the elements take. */
export async function businessScenario(scenario: Record<string, unknown>): Promise<{ endpoint: string; requests: () => Promise<BusinessRequest[]> }> {
  const bucket = `p${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const endpoint = `/__business/${bucket}`;
  const put = await fetch(`${endpoint}/scenario`, { method: 'PUT', body: JSON.stringify(scenario) });
  if (put.status !== 204) throw new Error(`stand-in refused the scenario: ${put.status}`);
  return {
    endpoint,
    requests: async () => (await (await fetch(`${endpoint}/requests`)).json()) as BusinessRequest[],
  };
}

/** The state the preference page shows in most tests: a Brazilian number, two topics allowed, one not. */
export const acmeState = () => ({
  business: 'Acme Shoes',
  phone: '+55 11 98123 4567',
  locale: 'pt-BR',
  topics: [
    { id: 'order_updates', allowed: true },
    { id: 'offers', allowed: true },
    { id: 'new_products', allowed: false },
  ],
});
