import { svg } from 'lit';
import glyphSource from '../../../assets/whatsapp-glyph.svg?raw';

// The glyph's path is read out of the shipped asset once, then drawn with Lit's own svg
// template: no innerHTML, so strict CSP and Trusted Types pages render it too.
const pathData = /\sd="([^"]+)"/.exec(glyphSource)?.[1] ?? '';

/**
 * The WhatsApp glyph, brand green, sized to the surrounding text (R12: same size as the
 * sentence). It always stands beside the word "WhatsApp", never instead of it (R4).
 */
export const whatsappGlyph = (label: string) =>
  svg`<svg part="glyph" class="glyph" viewBox="0 0 24 24" role="img" aria-label=${label} focusable="false"><path fill="#25D366" d=${pathData}></path></svg>`;
