// `npm run examples`: bundles the framework examples (React, Vue) with esbuild the way an
// app's bundler would, importing `wa-optin` by its package name (the built dist/), into
// examples-dist/ (git-ignored). The browser tests load examples/<framework>/index.html.
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  // Not the repo's tsconfig: its `paths` point `wa-optin` at src/ for type-checking; an
  // app resolves the package itself (here: this package's own dist/, by its name).
  tsconfigRaw: '{}',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};

await build({ ...common, entryPoints: ['examples/react/app.tsx'], outfile: 'examples-dist/react.js', jsx: 'automatic' });
// The full Vue build: the example's template is compiled in the browser (no SFC step).
await build({ ...common, entryPoints: ['examples/vue/app.ts'], outfile: 'examples-dist/vue.js', alias: { vue: 'vue/dist/vue.esm-bundler.js' } });
console.log('examples-dist/react.js and examples-dist/vue.js built');
