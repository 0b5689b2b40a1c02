/**
 * The preference page's script (`dist/pages/preferences.js`), loaded by the page the
 * receiver serves at `GET /preferences?t=…` as `<script type="module" src=…>`. It only
 * registers the element; the page's HTML already holds `<wa-optin-preferences>`.
 */
import '../components/preferences/define.js';
