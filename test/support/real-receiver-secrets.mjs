// The real test receiver's secrets (test/support/real-receiver.mjs), shared with the browser
// tests that sign in to its admin page. Test values only: never used outside the test runner.
export const REAL_ADMIN_TOKEN = 'real-receiver-admin-token-0123456789';
export const REAL_LINK_SECRET = 'real-receiver-link-secret-0123456789abcdef';
