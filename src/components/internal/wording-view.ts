import { html, type TemplateResult } from 'lit';
import type { Wording } from '../../core/wording.js';
import { whatsappGlyph } from './whatsapp-glyph.js';

/**
 * Renders the parts of an opt-in sentence. No whitespace between the tags: the element's
 * textContent must equal `wording.text`, the string stored in the record.
 */
export function renderWording(wording: Wording): TemplateResult {
  return html`${wording.parts.map((part) => {
    switch (part.kind) {
      case 'business':
        return html`<strong part="business">${part.text}</strong>`;
      case 'topics':
        return html`<strong part="topics">${part.text}</strong>`;
      case 'whatsapp':
        return html`<span class="brand" part="brand">${whatsappGlyph(part.label ?? 'WhatsApp logo')}WhatsApp</span>`;
      case 'phone':
        // A number is a left-to-right island in every sentence (RTL included); `<bdi>`
        // isolates it so "+966 50 123 4567" neither reorders nor drags the punctuation.
        return part.placeholder
          ? html`<span part="phone" class="phone placeholder">${part.text}</span>`
          : html`<bdi part="phone" class="phone" dir="ltr">${part.text}</bdi>`;
      default:
        return part.text;
    }
  })}`;
}

/**
 * A locale's template ("We will send {topics} to {phone}.") filled in, with the number the
 * same left-to-right island as in the sentence: whole on one line (issue 15, item 6) and in
 * its own order inside Arabic or Hebrew text. The other values are plain text.
 */
export function renderFilledTemplate(template: string, values: Record<string, string>): TemplateResult {
  return html`${template.split(/(\{\w+\})/).map((piece) => {
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (key === undefined || values[key] === undefined) return piece;
    return key === 'phone' ? html`<bdi part="phone" class="phone" dir="ltr">${values[key]}</bdi>` : values[key];
  })}`;
}
