// Stop keywords (issue 13 §1): the whole message, in the person's language, is a stop;
// a word inside a sentence never is, and "cancel" is about orders, not consent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_IN_STOP_KEYWORDS, createStopKeywordMatcher, foldKeywordText } from '../../../../src/server/whatsapp/stop-keywords.js';

const isStop = createStopKeywordMatcher();

test('STOP in many languages, as people type it, is a stop', () => {
  const stops = [
    'STOP', 'stop', 'Stop.', ' stop! ', '*STOP*', 'UNSUBSCRIBE', 'opt out', // en
    'PARAR', 'Sair', 'pare!', 'descadastrar', // pt
    'BAJA', '¡Baja!', 'dar de baja', // es
    'ARRÊT', 'arret', 'Arrêt.', // fr
    'STOPP', 'Abmelden', // de
    'BERHENTI', // id, ms
    'إيقاف', 'إيقاف.', // ar
    'रोकें', 'रोकें।', // hi
    'СТОП', 'Отписаться', // ru
    'DUR', 'ABONELİKTEN ÇIK', 'abonelikten çık', // tr (dotted/dotless i)
    'ＳＴＯＰ', // full-width
    'ST\u200bOP', // a zero-width space inside
    'stop\u00a0all', // a no-break space
  ];
  for (const message of stops) assert.ok(isStop(message), `${JSON.stringify(message)} should be a stop`);
});

test('a keyword inside a sentence is not a stop', () => {
  for (const message of ['please stop sending', 'stop sending me the blue one', 'don\'t stop', 'stop stop', 'não quero parar agora', 'BAJA el precio?', 'stopwatch', 'Arrêt de bus']) {
    assert.equal(isStop(message), null, JSON.stringify(message));
  }
});

test('cancel, cancelar and other ambiguous words are not built in; ordinary messages are not stops', () => {
  for (const message of ['cancel', 'CANCEL', 'cancelar', 'Cancelar!', 'annuler', 'iptal', 'hi', 'Olá', 'end', '', '   ', '!!!', 'STOP'.repeat(60)]) {
    assert.equal(isStop(message), null, JSON.stringify(message));
  }
  const builtIn = Object.values(BUILT_IN_STOP_KEYWORDS).flat().map(foldKeywordText);
  for (const ambiguous of ['cancel', 'cancelar', 'annuler', 'iptal', 'annulla']) assert.ok(!builtIn.includes(ambiguous), ambiguous);
});

test('the matcher returns the folded keyword it matched (for the proof)', () => {
  assert.equal(isStop(' *ARRÊT!* '), 'arrêt');
  assert.equal(isStop('Dar  de   BAJA'), 'dar de baja');
});

test('keywords are configurable: extend the built-in list, or replace it', () => {
  const extended = createStopKeywordMatcher({ extraKeywords: ['CANCELAR', 'Chega'] });
  assert.equal(extended('cancelar'), 'cancelar');
  assert.equal(extended('chega!'), 'chega');
  assert.equal(extended('STOP'), 'stop');

  const replaced = createStopKeywordMatcher({ keywords: ['SAIR'] });
  assert.equal(replaced('sair'), 'sair');
  assert.equal(replaced('STOP'), null);

  assert.throws(() => createStopKeywordMatcher({ extraKeywords: [' !! '] }), /empty once spaces and punctuation are removed/);
});

test('anything that is not a string is not a stop', () => {
  for (const junk of [undefined, null, 42, {}, ['stop']]) assert.equal(isStop(junk as unknown as string), null);
});
