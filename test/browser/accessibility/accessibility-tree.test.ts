// Issue 14, accessibility: the accessibility tree of every surface in every state — role,
// accessible name, checked and expanded state, the error tied to its field — as a
// snapshot in English, the same shape with every name in the page's own script in Arabic
// and Hindi, and the states following the person's actions (ticking, expanding, folding).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WaOptinBanner } from '../../../src/components/banner/banner.js';
import type { WaOptinCheckbox } from '../../../src/components/checkbox/checkbox.js';
import type { WaOptinCta } from '../../../src/components/cta/cta.js';
import { part } from '../../support/form-driver.js';
import { freshOptinState } from '../../support/fresh-state.js';
import { accessibilityTree, type TreeNode } from './accessibility-tree.js';
import { LOCALES, SURFACES } from './surface-states.js';

const SENTENCE = 'Yes, I want to receive order updates and special offers from Acme Shoes on WhatsApp logo WhatsApp, the number above.';
const HINT = 'We only use it to send you the messages you choose below. You can stop them at any time.';
const HEADING = 'Get order updates and special offers on WhatsApp';
const country: TreeNode = { role: 'combobox', name: 'Country' };
const number: TreeNode = { role: 'textbox', name: 'Your WhatsApp number', description: HINT };
const numberMissing: TreeNode = { role: 'textbox', name: 'Your WhatsApp number', invalid: true, description: 'Enter your WhatsApp number.' };
const box: TreeNode = { role: 'checkbox', name: SENTENCE, checked: false };
const boxUnticked: TreeNode = { ...box, invalid: true, description: 'Tick the box to agree to receive these messages on WhatsApp.' };
const signUp: TreeNode = { role: 'button', name: 'Sign up' };
const form = [country, number, box, signUp];
const formWithErrors = [country, numberMissing, boxUnticked, signUp];
const thankYou: TreeNode = { role: 'status', name: '' };
const dialog: TreeNode = { role: 'dialog', name: HEADING };
const close: TreeNode = { role: 'button', name: 'Close' };
const cta: TreeNode = { role: 'button', name: 'Get updates on WhatsApp', haspopup: 'dialog' };
const toggle = (expanded: boolean): TreeNode => ({ role: 'button', name: expanded ? 'Hide' : 'Sign up', expanded });

/** English, every surface, every state of the shared suite. */
const SNAPSHOTS: Record<string, Record<string, TreeNode[]>> = {
  'wa-optin-form': { idle: form, error: formWithErrors, success: [thankYou] },
  'wa-optin-popup': {
    closed: [],
    open: [dialog, close, ...form],
    error: [dialog, close, ...formWithErrors],
    success: [dialog, close, thankYou, { role: 'button', name: 'Done' }],
  },
  'wa-optin-banner': {
    closed: [],
    open: [toggle(false), close],
    expanded: [toggle(true), close, ...form],
    error: [toggle(true), close, ...formWithErrors],
    success: [toggle(true), close, thankYou],
  },
  'wa-optin-cta': {
    closed: [cta],
    open: [cta, dialog, close, ...form],
    'inline, open': [{ role: 'button', name: 'Get updates on WhatsApp', expanded: true }, ...form],
    error: [cta, dialog, close, ...formWithErrors],
    success: [cta, dialog, close, thankYou, { role: 'button', name: 'Done' }],
    // The line says it in words; nothing to press.
    subscribed: [],
  },
  'wa-optin-checkbox': {
    idle: [box],
    ticked: [{ ...box, name: SENTENCE.replace('the number above', '+1 201 555 0123'), checked: true }],
    'own field, error': [country, { role: 'textbox', name: 'Your WhatsApp number', invalid: true, description: 'This number is too short.' }, { ...box, checked: true }],
    'not saved': [{ ...box, checked: true, description: 'Your WhatsApp opt-in was not saved: the number is incomplete.' }],
    subscribed: [{ role: 'link', name: 'Stop' }],
  },
};

/** Words in the page's script: a name left in English in Arabic or Hindi is a missing translation. */
const SCRIPT: Record<string, RegExp> = { 'ar-SA': /[\u0600-\u06FF]/, 'hi-IN': /[\u0900-\u097F]/ };
/** The shape without the words: roles, states, and which parts have a name and a description. */
const shape = (tree: TreeNode[]) => tree.map(({ name, description, ...rest }) => ({ ...rest, named: Boolean(name), described: Boolean(description) }));

describe('accessibility tree: every surface, every state', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('has a snapshot for every state of the shared suite', () => {
    for (const surface of SURFACES) expect(Object.keys(SNAPSHOTS[surface.tag]), surface.tag).to.deep.equal(Object.keys(surface.states));
  });

  for (const surface of SURFACES) {
    for (const [state, stage] of Object.entries(surface.states)) {
      it(`<${surface.tag}> ${state}: role, name, checked, expanded (en)`, async () => {
        const { el, container } = await stage(LOCALES[0]);
        try {
          expect(accessibilityTree(el)).to.deep.equal(SNAPSHOTS[surface.tag][state]);
        } finally {
          container.remove();
        }
      });
      for (const locale of LOCALES.slice(1)) {
        it(`<${surface.tag}> ${state}: the same tree, every name in ${locale.lang}'s script`, async () => {
          const { el, container } = await stage(locale);
          try {
            const tree = accessibilityTree(el);
            expect(shape(tree)).to.deep.equal(shape(SNAPSHOTS[surface.tag][state]));
            for (const node of tree) {
              if (node.name) expect(node.name, `${node.role} name`).to.match(SCRIPT[locale.lang]);
              if (node.description) expect(node.description, `${node.role} description`).to.match(SCRIPT[locale.lang]);
            }
          } finally {
            container.remove();
          }
        });
      }
    }
  }

  it('the checkbox: ticking and unticking (Space) flips `checked`, its name stays the sentence', async () => {
    const { el, container } = await SURFACES.find((s) => s.tag === 'wa-optin-checkbox')!.states.idle(LOCALES[0]);
    try {
      const input = part<HTMLInputElement>(el, '#consent');
      input.focus();
      await sendKeys({ press: ' ' });
      await (el as WaOptinCheckbox).updateComplete;
      expect(accessibilityTree(el)).to.deep.equal([{ ...box, checked: true }]);
      await sendKeys({ press: ' ' });
      await (el as WaOptinCheckbox).updateComplete;
      expect(accessibilityTree(el)).to.deep.equal([box]);
    } finally {
      container.remove();
    }
  });

  it('the banner: its toggle says expanded after Enter, and not after Escape folds it', async () => {
    const { el, container } = await SURFACES.find((s) => s.tag === 'wa-optin-banner')!.states.open(LOCALES[0]);
    const banner = el as WaOptinBanner;
    try {
      part<HTMLButtonElement>(banner, '[part=toggle]').focus();
      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;
      await banner.form!.updateComplete;
      expect(accessibilityTree(banner).slice(0, 2)).to.deep.equal([toggle(true), close]);
      await sendKeys({ press: 'Escape' });
      await banner.updateComplete;
      expect(accessibilityTree(banner)).to.deep.equal([toggle(false), close]);
    } finally {
      container.remove();
    }
  });

  it('the inline CTA: expanded follows each press, and the form comes and goes with it', async () => {
    const { el, container } = await SURFACES.find((s) => s.tag === 'wa-optin-cta')!.states['inline, open'](LOCALES[0]);
    const button = (expanded: boolean): TreeNode => ({ role: 'button', name: 'Get updates on WhatsApp', expanded });
    const ctaEl = el as WaOptinCta;
    try {
      part<HTMLButtonElement>(ctaEl, '[part=button]').click();
      await ctaEl.updateComplete;
      expect(accessibilityTree(ctaEl)).to.deep.equal([button(false)]);
      part<HTMLButtonElement>(ctaEl, '[part=button]').click();
      await ctaEl.updateComplete;
      await ctaEl.form!.updateComplete;
      expect(accessibilityTree(ctaEl)).to.deep.equal([button(true), ...form]);
    } finally {
      container.remove();
    }
  });
});
