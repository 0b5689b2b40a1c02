import { defineElement } from '../define-element.js';
import { WaOptinCheckbox } from './checkbox.js';

defineElement('wa-optin-checkbox', WaOptinCheckbox);
