// vanilla-cookieconsent 3 with its consent modal, as its docs set it up: two categories,
// English texts, shown on load. `hideFromBots: false` because the benchmark's browser is
// automated (navigator.webdriver), which would otherwise hide the modal.
window.CookieConsent.run({
  hideFromBots: false,
  guiOptions: { consentModal: { layout: 'box', position: 'bottom right' } },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Some cookies keep the shop working; others help us improve it. You choose.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          sections: [
            { title: 'Strictly necessary', description: 'Cart and checkout.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Anonymous visit counts.', linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
});
