/**
 * Where the split build's loader (src/script-loader.ts, a classic script) leaves its own
 * `<script>` element for the ES module chunks it loads, which cannot read
 * `document.currentScript` (null in a module): script-assets.ts reads the tag's `data-*`
 * and URL from here. A registered symbol: no global name a page could collide with.
 */
export const SCRIPT_TAG_KEY = Symbol.for('wa-optin:script-tag');
