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
        return html`<span class="brand" part="brand">${whatsappGlyph('WhatsApp logo')}WhatsApp</span>`;
      case 'phone':
        return html`<span part="phone" class=${part.placeholder ? 'phone placeholder' : 'phone'}>${part.text}</span>`;
      default:
        return part.text;
    }
  })}`;
}
