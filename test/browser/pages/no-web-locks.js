// Hides the Web Locks API from this frame, as on a plain-http page (secure contexts only).
Object.defineProperty(window.Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
