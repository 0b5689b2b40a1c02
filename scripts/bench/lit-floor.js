// The stack's own floor (`lit-floor` in contenders.mjs): the least a Lit element can be
// that shows what the bench waits for — a label and an `<input type=tel>` in a shadow
// root, styled by one small stylesheet, no wording, no phone rules, no work per
// keystroke. Bundled with Lit (esbuild, minified) by bench.mjs and loaded as one module
// script. What it costs over the bare input is what any surface built on Lit pays before
// its own code runs: the measure of how far issue 16's targets are reachable on this stack.
import { LitElement, css, html } from 'lit';

class BenchLitInput extends LitElement {
  static styles = css`
    :host { display: block; font: inherit; }
    label { display: block; margin-block-end: 0.25rem; }
    input { box-sizing: border-box; inline-size: 100%; min-block-size: 44px; font: inherit; }
  `;

  render() {
    return html`<label for="phone">Phone</label><input id="phone" type="tel" name="phone" autocomplete="tel" />`;
  }
}
window.customElements.define('bench-lit-input', BenchLitInput);
