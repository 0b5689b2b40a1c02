// What the benchmark compares, each put into the same shop page (scripts/bench/shop.html):
// `head` goes into <head>, `body` into the checkout's contact section. `ready` lists the
// elements that must be painted for the surface to count as painted (see page-probe.mjs);
// `field` is where the keystrokes go (none: no keystroke measurement).
const WA_OPTIN_ATTRIBUTES = 'endpoint="/api/consent" business="Corner Shop" topics="order_updates,offers" country="IN"';
const ITI_HEAD =
  '<link rel="stylesheet" href="/node_modules/intl-tel-input/dist/css/intlTelInput.min.css" />\n' +
  '<script src="/node_modules/intl-tel-input/dist/js/intlTelInputWithUtils.min.js" defer></script>\n' +
  '<script src="/bench/iti-setup.js" defer></script>';
const ITI_BODY = '<label for="bench-phone">Phone</label> <input id="bench-phone" type="tel" name="phone" autocomplete="tel" />';
const CC_HEAD =
  '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css" />\n' +
  '<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js" defer></script>\n' +
  '<script src="/bench/cc-setup.js" defer></script>';

export const CONTENDERS = {
  form: {
    label: '`<wa-optin-form>` (one-file script tag `wa-optin.iife.js` + phone rules)',
    head: '<script src="/dist/wa-optin.iife.js" defer></script>',
    body: `<wa-optin-form ${WA_OPTIN_ATTRIBUTES}></wa-optin-form>`,
    ready: ['input[type=tel]'],
    field: 'input[type=tel]',
  },
  popup: {
    label: '`<wa-optin-popup open>` (one-file script tag)',
    head: '<script src="/dist/wa-optin.iife.js" defer></script>',
    body: `<wa-optin-popup open ${WA_OPTIN_ATTRIBUTES}></wa-optin-popup>`,
    ready: ['input[type=tel]'],
    field: 'input[type=tel]',
  },
  // The same two surfaces from the split build: a small loader, then only their chunks.
  'form-split': {
    label: '`<wa-optin-form>` (split script tag `wa-optin.js`)',
    head: '<script src="/dist/wa-optin.js" defer></script>',
    body: `<wa-optin-form ${WA_OPTIN_ATTRIBUTES}></wa-optin-form>`,
    ready: ['input[type=tel]'],
    field: 'input[type=tel]',
  },
  'popup-split': {
    label: '`<wa-optin-popup open>` (split script tag `wa-optin.js`)',
    head: '<script src="/dist/wa-optin.js" defer></script>',
    body: `<wa-optin-popup open ${WA_OPTIN_ATTRIBUTES}></wa-optin-popup>`,
    ready: ['input[type=tel]'],
    field: 'input[type=tel]',
  },
  // A bar that opens the form when pressed: it paints without the form's code (issue 16).
  'banner-split': {
    label: '`<wa-optin-banner>` (split script tag `wa-optin.js`; the bar, its form folded)',
    head: '<script src="/dist/wa-optin.js" defer></script>',
    body: `<wa-optin-banner ${WA_OPTIN_ATTRIBUTES}></wa-optin-banner>`,
    ready: ['[part=toggle]'],
    field: null,
  },
  // Measured by `--coverage` (what their first paint runs) and when named in --contenders;
  // not in the default timed run, whose tables compare the form, the popup and the banner.
  'cta-split': {
    label: '`<wa-optin-cta>` (split script tag `wa-optin.js`; the button, its popup after)',
    head: '<script src="/dist/wa-optin.js" defer></script>',
    body: `<wa-optin-cta ${WA_OPTIN_ATTRIBUTES}></wa-optin-cta>`,
    ready: ['[part=button]'],
    field: null,
    inDefaultRun: false,
  },
  'checkbox-split': {
    label: '`<wa-optin-checkbox>` in a checkout form (split script tag `wa-optin.js`)',
    head: '<script src="/dist/wa-optin.js" defer></script>',
    body: `<form action="/shop/thanks" method="post"><wa-optin-checkbox ${WA_OPTIN_ATTRIBUTES}></wa-optin-checkbox><button>Place order</button></form>`,
    ready: ['input[type=tel]'],
    field: 'input[type=tel]',
    inDefaultRun: false,
  },
  floor: {
    label: 'bare `<input type=tel>` (the floor)',
    head: '',
    body: '<div class="bench-floor"><label for="floor-phone">Phone</label> <input id="floor-phone" type="tel" name="phone" autocomplete="tel" /></div>',
    ready: ['#floor-phone'],
    field: '#floor-phone',
  },
  // Lit alone (scripts/bench/lit-floor.js): what the stack costs before any of wa-optin's
  // own code. Built by bench.mjs into a temp folder served at /bench-built/.
  'lit-floor': {
    label: 'a bare Lit 3 element (`<input type=tel>` in its shadow root; the stack\'s own floor)',
    head: '<script type="module" src="/bench-built/lit-floor.js"></script>',
    body: '<bench-lit-input></bench-lit-input>',
    ready: ['input[type=tel]'],
    field: 'input[type=tel]',
  },
  iti: {
    label: 'intl-tel-input 29 + utils',
    head: ITI_HEAD,
    body: ITI_BODY,
    // The field counts once intl-tel-input has wrapped it with its country button.
    ready: ['.iti .iti__selected-country', '.iti #bench-phone'],
    field: '#bench-phone',
  },
  cc: {
    label: 'vanilla-cookieconsent 3 modal',
    head: CC_HEAD,
    body: '',
    ready: ['#cc-main .cm'],
    field: null,
  },
  pair: {
    label: 'the pair (iti + cc)',
    head: `${ITI_HEAD}\n${CC_HEAD}`,
    body: ITI_BODY,
    ready: ['.iti .iti__selected-country', '.iti #bench-phone', '#cc-main .cm'],
    field: '#bench-phone',
  },
};
