// How every bench script starts Chromium: the same binary and flags for the measurements,
// the load traces and the keystroke traces.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Headless Chromium 156 otherwise loads its omnibox popup (a WebUI app of a hundred
  // modules, in a renderer of its own) with each new window, on the same two cores, in the
  // middle of the page loads being measured (seen in traces: ~100 chrome:// requests per
  // run). No phone's browser does that while a shop page loads.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
