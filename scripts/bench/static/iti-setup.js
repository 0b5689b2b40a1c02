// intl-tel-input as a site would set it up from a script tag: the bundle with utils
// (validation and as-you-type formatting), India first, formatting while typing.
window.intlTelInput(document.getElementById('bench-phone'), {
  initialCountry: 'in',
  formatAsYouType: true,
  strictMode: false,
});
