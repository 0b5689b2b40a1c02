import '../form/define.js';
import { defineElement } from '../define-element.js';
import { WaOptinBanner } from './banner.js';

defineElement('wa-optin-banner', WaOptinBanner);
