/**
 * libphonenumber-js's functions, in a module of their own: the largest part of the widget's
 * code (about 74 kB minified), which the first render does not need. `phone.ts` imports it
 * only dynamically, together with the phone rules (one loading path, one ready promise), so
 * a bundler splits it into its own chunk that loads on first focus of the field, when the
 * browser is idle, or on submit (issue 16, item 3). Import it statically nowhere else.
 */
export {
  AsYouType,
  getCountries,
  getCountryCallingCode,
  getExampleNumber,
  Metadata,
  ParseError,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/core';
