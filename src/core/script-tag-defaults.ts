/**
 * The page's defaults that come with the code itself, before any call: none in the npm
 * build (an app passes its defaults to `configure()` or to each element). The script-tag
 * builds replace this module (vite.config.ts, `scriptTagAliases`) with
 * script-tag-defaults-read.ts, which reads them from the `<script>` tag's `data-*`.
 */
export function scriptTagDefaults(_keys: readonly string[]): Record<string, string> {
  return {};
}
