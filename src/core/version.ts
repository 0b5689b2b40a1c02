/**
 * The package version, written into every consent record as `widgetVersion` (R11: which
 * widget showed the wording). Kept in step with package.json by a test.
 */
export const WIDGET_VERSION = '0.1.0';
