import type { OptinStrings } from '../../core/locales.js';

/**
 * The words issue 15 added to the surfaces (the banner's "Hide", the popup's "Done", the
 * checkout's "not saved" notice, the subscribed state), until they move into the language
 * files (src/locales/*.ts, whose test wants every language complete at once). A language
 * file that has a key wins; a language missing here shows English.
 */
export type SurfaceWords = Required<
  Pick<OptinStrings, 'hideForm' | 'done' | 'optinNotSaved' | 'notSavedReasons' | 'subscribedCta' | 'subscribedLine' | 'stop'>
>;

const en: SurfaceWords = {
  hideForm: 'Hide',
  done: 'Done',
  optinNotSaved: 'Your WhatsApp opt-in was not saved: {reason}.',
  notSavedReasons: { incomplete: 'the number is incomplete', tooLong: 'the number is too long', invalid: 'the number is not valid' },
  subscribedCta: 'You get {topics} on WhatsApp',
  subscribedLine: 'You get {topics} on WhatsApp at {phone}',
  stop: 'Stop',
};

const words: Record<string, SurfaceWords> = {
  en,
  es: {
    hideForm: 'Ocultar',
    done: 'Listo',
    optinNotSaved: 'Tu suscripción de WhatsApp no se guardó: {reason}.',
    notSavedReasons: { incomplete: 'el número está incompleto', tooLong: 'el número es demasiado largo', invalid: 'el número no es válido' },
    subscribedCta: 'Recibes {topics} por WhatsApp',
    subscribedLine: 'Recibes {topics} por WhatsApp en el {phone}',
    stop: 'Darme de baja',
  },
  'pt-br': {
    hideForm: 'Ocultar',
    done: 'Pronto',
    optinNotSaved: 'Seu cadastro no WhatsApp não foi salvo: {reason}.',
    notSavedReasons: { incomplete: 'o número está incompleto', tooLong: 'o número é longo demais', invalid: 'o número não é válido' },
    subscribedCta: 'Você recebe {topics} no WhatsApp',
    subscribedLine: 'Você recebe {topics} no WhatsApp em {phone}',
    stop: 'Cancelar',
  },
  'pt-pt': {
    hideForm: 'Ocultar',
    done: 'Concluído',
    optinNotSaved: 'A sua subscrição no WhatsApp não foi guardada: {reason}.',
    notSavedReasons: { incomplete: 'o número está incompleto', tooLong: 'o número é demasiado longo', invalid: 'o número não é válido' },
    subscribedCta: 'Recebe {topics} no WhatsApp',
    subscribedLine: 'Recebe {topics} no WhatsApp no {phone}',
    stop: 'Cancelar',
  },
};

/** The surfaces' issue-15 words for this table's language (its own keys first, then ours, then English). */
export function surfaceWords(strings: OptinStrings): SurfaceWords {
  const code = strings.$code.toLowerCase();
  const ours = words[code] ?? words[code.split('-')[0]] ?? (code.startsWith('pt') ? words['pt-br'] : en);
  const result = { ...ours } as Record<string, unknown>;
  for (const key of Object.keys(en) as (keyof SurfaceWords)[]) if (strings[key] !== undefined) result[key] = strings[key];
  return result as SurfaceWords;
}
