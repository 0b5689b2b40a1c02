// Collects what went wrong in a test page, from a file (an inline script would break the page's CSP).
window.pageErrors = [];
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
document.addEventListener('securitypolicyviolation', (e) => window.pageErrors.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
