// What one surface test must not inherit from another: remembered dismissals and opt-ins,
// queued records, slow retries.
import { consentOutbox, deliveriesSettled, setDeliveryOptions } from '../../src/core/delivery.js';
import { DisplayMemory } from '../../src/core/display-memory.js';

export async function freshOptinState(): Promise<void> {
  // A delivery of the previous test may still be on its way once its request has been seen:
  // its acknowledgement writes this device's opt-in memory ("subscribed"), which must not
  // land in the next test. Bounded, so a hanging endpoint cannot stall the suite.
  await Promise.race([deliveriesSettled(), new Promise((resolve) => setTimeout(resolve, 3000))]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  DisplayMemory.reset();
  setDeliveryOptions({ retryDelaysMs: [30] });
  consentOutbox().clear();
}
