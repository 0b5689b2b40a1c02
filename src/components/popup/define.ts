import '../form/define.js';
import { defineElement } from '../define-element.js';
import { WaOptinPopup } from './popup.js';

defineElement('wa-optin-popup', WaOptinPopup);
