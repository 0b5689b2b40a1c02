/**
 * Side effect: registers every wa-optin element. `import 'wa-optin/define'` once, anywhere.
 * Safe to load twice.
 */
import './components/form/define.js';
import './components/popup/define.js';
import './components/checkbox/define.js';
import './components/banner/define.js';
import './components/cta/define.js';
