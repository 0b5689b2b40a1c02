/**
 * One key per person, whichever form of their number a message names (POLICY.md "Numbers
 * as WhatsApp reports them"; R9: a STOP must reach the opt-in). WhatsApp's `wa_id` and the
 * number a person types on a site are, for some countries, different strings for one phone:
 *
 * - Brazil: mobiles gained a ninth digit (a 9 after the two-digit area code); a `wa_id` often
 *   lacks it. A ten-digit national number whose subscriber part starts 6–9 is such a mobile
 *   and gets the 9: `+551181234567` → `+5511981234567`. Landlines (subscriber part 2–5) are
 *   left alone.
 * - Mexico: mobiles were dialled with a `1` after the country code until 2019; a `wa_id` often
 *   keeps it: `+5215512345678` → `+525512345678`.
 * - Argentina: mobiles in E.164 carry a `9` after the country code, and forms with and without
 *   it circulate. Argentine numbers are unique across mobile and fixed lines, so dropping the
 *   9 never merges two people: `+5491123456789` → `+541123456789`. The domestic `15` mobile
 *   prefix is never part of E.164: `checkPhone` (libphonenumber) reads `+54 11 15 2345 6789`
 *   as `+5491123456789`, and the receiver's opt-out reading also undoes `+54 9 11 15 …`, so
 *   no stored number carries it.
 *
 * The key looks like an E.164 number but is an identifier: match on it, never dial it (an
 * Argentine mobile's key lacks the 9 a call needs). Records keep the number as given.
 *
 * The same rules run inside the database (migration 2, `wa_optin_subscriber_key`), which fills
 * each row's `subscriber_key` whoever wrote the row; a test checks both agree on every shape.
 * No phone metadata is needed, so the key is the same in the browser, on the server and
 * before the phone rules have loaded.
 */
export function subscriberKey(e164: string): string {
  if (!/^\+[0-9]{1,20}$/.test(e164)) {
    throw new TypeError('subscriberKey takes a number in E.164 form: + and digits only (normalise it with checkPhone first)');
  }
  const brazilOldMobile = /^\+55([1-9]{2})([6-9][0-9]{7})$/.exec(e164);
  if (brazilOldMobile) return `+55${brazilOldMobile[1]}9${brazilOldMobile[2]}`;
  const mexicoMobileOne = /^\+521([2-9][0-9]{9})$/.exec(e164);
  if (mexicoMobileOne) return `+52${mexicoMobileOne[1]}`;
  const argentinaMobileNine = /^\+549([1-9][0-9]{9})$/.exec(e164);
  if (argentinaMobileNine) return `+54${argentinaMobileNine[1]}`;
  return e164;
}

/** Whether two E.164 numbers belong to one subscriber. */
export function sameSubscriber(a: string, b: string): boolean {
  return subscriberKey(a) === subscriberKey(b);
}
