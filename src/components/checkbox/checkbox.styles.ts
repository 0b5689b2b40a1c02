import { css } from 'lit';
import { formStyles } from '../form/form.styles.js';

/** The form's own look for the field and the sentence (one source), minus its block width. */
export const checkboxStyles = [
  formStyles,
  css`
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--wa-optin-gap, 0.75rem);
      max-width: none;
    }
    :host([disabled]),
    :host(:state(form-disabled)) {
      opacity: 0.6;
    }
    .message {
      margin: 0;
      font-size: 0.875em;
    }
    .message.blocking {
      color: var(--wa-optin-error-color, var(--_wa-error));
      font-weight: 600;
    }
    /* This device opted in (item 8): the state, and the way out beside it (R9). */
    .subscribed {
      margin: 0;
    }
    .subscribed a {
      color: var(--wa-optin-accent, var(--_wa-accent-text));
      font-weight: 600;
    }
    .message:empty {
      display: none;
    }
  `,
];
