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
