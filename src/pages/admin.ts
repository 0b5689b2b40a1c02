/**
 * The admin page's script (`dist/pages/admin.js`), loaded by the page the receiver serves
 * at `GET /admin` as `<script type="module" src=…>`. It only registers the element; the
 * page's HTML already holds `<wa-optin-admin>`.
 */
import '../components/admin/define.js';
