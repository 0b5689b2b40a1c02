// What one surface test must not inherit from another: remembered dismissals and opt-ins,
// queued records, slow retries.
import { consentOutbox, setDeliveryOptions } from '../../src/core/delivery.js';
import { DisplayMemory } from '../../src/core/display-memory.js';

export function freshOptinState(): void {
  DisplayMemory.reset();
  setDeliveryOptions({ retryDelaysMs: [30] });
  consentOutbox().clear();
}
