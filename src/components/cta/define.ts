import '../popup/define.js';
import { defineElement } from '../define-element.js';
import { WaOptinCta } from './cta.js';

defineElement('wa-optin-cta', WaOptinCta);
