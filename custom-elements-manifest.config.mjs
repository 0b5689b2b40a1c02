// `npm run manifest`: custom-elements.json from the components' JSDoc (@summary, @attr,
// @prop, @event, @csspart, @cssprop, @slot), for editors, Storybook and the README's
// API tables. Only the public classes: styles, define files and tests are left out.
export default {
  // internal/ is read for the base classes the surfaces inherit attributes and docs from.
  globs: ['src/components/*/*.ts'],
  exclude: ['src/components/**/*.test.ts', 'src/components/**/*.styles.ts', 'src/components/**/define.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
};
