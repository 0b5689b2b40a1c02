import { defineElement } from '../define-element.js';
import { WaOptinForm } from './form.js';

defineElement('wa-optin-form', WaOptinForm);
