import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { BUILT_IN_LOCALES } from './src/core/locale-list.js';
import { demoReceiver } from './demo/demo-receiver.js';
import { minifyCssTemplates } from './scripts/css-templates.js';

const require = createRequire(import.meta.url);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Ships the phone rules beside the script-tag file, where `phone-metadata-fetched.ts`
 * looks for them, so `wa-optin.iife.js` itself stays small.
 */
function phoneMetadataAsset(): Plugin {
  return {
    name: 'wa-optin:phone-metadata-asset',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'wa-optin.phone-metadata.json',
        source: readFileSync(require.resolve('libphonenumber-js/metadata.min.json')),
      });
      // The placeholder's example numbers (issue 15, item 3), fetched by phone-examples-fetched.ts.
      this.emitFile({
        type: 'asset',
        fileName: 'wa-optin.phone-examples.json',
        source: readFileSync(require.resolve('libphonenumber-js/examples.mobile.json')),
      });
    },
  };
}

/** The locale files (src/locales/*.ts), read at build time to emit them as JSON. */
async function localeTables(): Promise<{ $code: string }[]> {
  return Promise.all(
    BUILT_IN_LOCALES.map(async (code) => {
      const built = await build({ entryPoints: [here(`./src/locales/${code}.ts`)], bundle: true, format: 'esm', write: false });
      const source = Buffer.from(built.outputFiles[0].text).toString('base64');
      return (await import(`data:text/javascript;base64,${source}`)).default as { $code: string };
    }),
  );
}

/**
 * Ships each language beside the script-tag file as `wa-optin.locale.<code>.json`, where
 * `locale-files-fetched.ts` looks for them: the script itself carries English only (plus
 * what `WA_OPTIN_LOCALES` bundles, below), and a page pays for its own language alone.
 */
function localeAssets(): Plugin {
  return {
    name: 'wa-optin:locale-assets',
    async generateBundle() {
      for (const table of await localeTables()) {
        if (table.$code === 'en') continue; // bundled
        this.emitFile({ type: 'asset', fileName: `wa-optin.locale.${table.$code}.json`, source: JSON.stringify(table) });
      }
    },
  };
}

/**
 * `WA_OPTIN_LOCALES=hi,ar npm run build`: a site that knows its language at build time
 * gets it inside the script-tag file (no locale request, no wait). Replaces the empty
 * list in src/core/bundled-locales.ts.
 */
function bundledLocales(codes: string[]): Plugin {
  return {
    name: 'wa-optin:bundled-locales',
    async load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/core/bundled-locales.ts')) return null;
      const unknown = codes.filter((code) => !(BUILT_IN_LOCALES as readonly string[]).includes(code));
      if (unknown.length) this.error(`WA_OPTIN_LOCALES: no locale file for ${unknown.join(', ')} (have: ${BUILT_IN_LOCALES.join(', ')})`);
      const wanted = codes.filter((code) => code !== 'en');
      return (
        wanted.map((code, i) => `import l${i} from ${JSON.stringify(here(`./src/locales/${code}.ts`))};`).join('\n') +
        `\nexport const bundledLocales = [${wanted.map((_, i) => `l${i}`).join(', ')}];\n`
      );
    },
  };
}

/**
 * Prints the Subresource Integrity hash of the script-tag file, so a page that loads it
 * from a CDN can pin exactly this build: `<script src=… integrity="sha384-…" crossorigin>`.
 * Also written to dist/wa-optin.iife.js.sri for release notes and tooling.
 */
function subresourceIntegrity(): Plugin {
  return {
    name: 'wa-optin:sri',
    generateBundle(_options, bundle) {
      const script = bundle['wa-optin.iife.js'];
      if (!script || script.type !== 'chunk') return;
      const integrity = `sha384-${createHash('sha384').update(script.code).digest('base64')}`;
      this.emitFile({ type: 'asset', fileName: 'wa-optin.iife.js.sri', source: `${integrity}\n` });
      console.log(`\nwa-optin.iife.js integrity="${integrity}"`);
    },
  };
}

/**
 * Vite wraps each dynamic `import()` of an app build in its preload helper (CSS and
 * dependency preloading, `vite:preloadError`): 1.3 kB gzip in the first render of every
 * surface. The split build has no CSS files and its loader preloads what each entry needs,
 * so the helper here just calls the import.
 */
function plainDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'wa-optin:plain-dynamic-imports',
    enforce: 'pre',
    load(id) {
      return id === helper ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

/** The split build's entries: the page API, and per surface tag the module that defines it. */
const SPLIT_ENTRIES: Record<string, { tag: string; source: string }> = {
  page: { tag: '', source: './src/page/script-api.ts' },
  form: { tag: 'wa-optin-form', source: './src/components/form/define.ts' },
  checkbox: { tag: 'wa-optin-checkbox', source: './src/components/checkbox/define.ts' },
  popup: { tag: 'wa-optin-popup', source: './src/components/popup/define.ts' },
  banner: { tag: 'wa-optin-banner', source: './src/components/banner/define.ts' },
  cta: { tag: 'wa-optin-cta', source: './src/components/cta/define.ts' },
};

/**
 * Writes `dist/wa-optin.js`, the split build's classic loader (src/script-loader.ts), with
 * the chunk graph of this very build inside: per surface tag (and `''` for the page API),
 * every file its entry imports statically, the entry last, so the loader fetches them all
 * at once (`<link rel=modulepreload>`) instead of discovering them one import at a time.
 */
function splitLoader(): Plugin {
  let chunkDir = '';
  return {
    name: 'wa-optin:split-loader',
    configResolved(config) {
      chunkDir = resolve(config.root, config.build.outDir, 'wa-optin');
    },
    buildStart() {
      // Chunk names carry a hash: chunks of an earlier build must not linger beside these.
      rmSync(chunkDir, { recursive: true, force: true });
    },
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const graph: Record<string, string[]> = {};
      for (const chunk of chunks) {
        if (!chunk.isEntry || !(chunk.name in SPLIT_ENTRIES)) continue;
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (files.includes(fileName) || !byFile.has(fileName)) return; // seen, or external
          for (const imported of byFile.get(fileName)?.imports ?? []) visit(imported);
          files.push(fileName);
        };
        visit(chunk.fileName);
        graph[SPLIT_ENTRIES[chunk.name].tag] = files;
      }
      const missing = Object.values(SPLIT_ENTRIES).filter(({ tag }) => !graph[tag]);
      if (missing.length) this.error(`split build: no entry chunk for ${missing.map(({ tag }) => tag || 'the page API').join(', ')}`);
      const built = await build({
        entryPoints: [here('./src/script-loader.ts')],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        minify: true,
        write: false,
        define: { __WA_OPTIN_CHUNKS__: JSON.stringify(graph) },
      });
      this.emitFile({ type: 'asset', fileName: 'wa-optin.js', source: built.outputFiles[0].text });
    },
  };
}

/**
 * The demo's script-tag pages load `/dist/wa-optin.js` (and its chunks in `/dist/wa-optin/`)
 * or `/dist/wa-optin.iife.js` exactly as a plain site would; `npm start` builds them first,
 * and this serves dist/ at /dist/ beside the demo.
 */
function serveBuiltScript(): Plugin {
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
  return {
    name: 'wa-optin:serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        const extension = name.slice(name.lastIndexOf('.'));
        if (!/^(wa-optin\/)?[\w.-]+$/.test(name) || !types[extension]) return next();
        try {
          const body = readFileSync(here(`./dist/${name}`));
          res.setHeader('Content-Type', types[extension]);
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end(`dist/${name} is missing: run \`npm run build\``);
        }
      });
    },
  };
}

/** Both script-tag builds fetch the phone rules, examples and languages from files beside the script, and read the page's defaults from its tag. */
const scriptTagAliases = [
  { find: /^\.\/phone-metadata\.js$/, replacement: here('./src/core/phone-metadata-fetched.ts') },
  { find: /^\.\/locale-files\.js$/, replacement: here('./src/core/locale-files-fetched.ts') },
  { find: /^\.\/phone-examples\.js$/, replacement: here('./src/components/internal/phone-examples-fetched.ts') },
  { find: /^\.\/script-tag-defaults\.js$/, replacement: here('./src/core/script-tag-defaults-read.ts') },
];

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo pages, importing the components from src/, with a local receiver.
    return {
      root: here('./demo'),
      server: { port: Number(process.env.PORT ?? 5173), fs: { allow: [here('.')] } },
      plugins: [demoReceiver({ dataDir: here('./.wa-optin-data') }), serveBuiltScript()],
    };
  }
  if (mode === 'script-tag') {
    // `dist/wa-optin.iife.js`: one self-registering file for a plain <script src>.
    return {
      resolve: {
        alias: [
          ...scriptTagAliases,
          // One file: the phone code is inside it (no lazy-module wrapper); the rules still load on
          // demand. The split build keeps the lazy engine: its own chunk, after the first paint.
          { find: /^\.\/phone-engine-loader\.js$/, replacement: here('./src/core/phone-engine-bundled.ts') },
          { find: /^(\.\.\/)*(core\/)?phone-engine-retrying\.js$/, replacement: here('./src/core/phone-engine-bundled.ts') },
          // The same for the delivery code: inside the file, handed over, no import().
          { find: /^(\.\.\/)*(\.\/)?(core\/)?delivery-code\.js$/, replacement: here('./src/core/delivery-code-bundled.ts') },
          // And for the elements a banner or CTA shows once asked: defined in the file already.
          { find: /^\.\/element-code\.js$/, replacement: here('./src/components/internal/element-code-bundled.ts') },
        ],
      },
      plugins: [
        minifyCssTemplates(),
        phoneMetadataAsset(),
        localeAssets(),
        bundledLocales((process.env.WA_OPTIN_LOCALES ?? '').split(',').map((c) => c.trim()).filter(Boolean)),
        subresourceIntegrity(),
      ],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: here('./src/script-tag.ts'),
          formats: ['iife'],
          name: 'WaOptin',
          fileName: () => 'wa-optin.iife.js',
        },
      },
    };
  }
  if (mode === 'script-split') {
    // `dist/wa-optin.js` and `dist/wa-optin/*.js`: the same page API and elements as the
    // one-file build, split so a page fetches only the code of the surfaces it has; the
    // first render of any surface stays within 15 kB gzip (issue 16; `npm run size`).
    // ES module chunks, loaded by the classic loader (splitLoader above); the data files
    // (phone rules, locales) are the one-file build's, beside the loader.
    return {
      publicDir: false,
      resolve: { alias: scriptTagAliases },
      plugins: [
        minifyCssTemplates(),
        plainDynamicImports(),
        phoneMetadataAsset(),
        localeAssets(),
        bundledLocales((process.env.WA_OPTIN_LOCALES ?? '').split(',').map((c) => c.trim()).filter(Boolean)),
        splitLoader(),
      ],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        // The loader preloads every chunk an entry needs; Vite's own helper is not wanted.
        modulePreload: false,
        // dist/wa-optin/manifest.json: the chunk graph `npm run size` checks the first-render budget on.
        manifest: 'wa-optin/manifest.json',
        rollupOptions: {
          input: Object.fromEntries(Object.entries(SPLIT_ENTRIES).map(([name, { source }]) => [name, here(source)])),
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: 'wa-optin/[name].js',
            chunkFileNames: 'wa-optin/[name]-[hash].js',
            // Chunks by what a first render needs (`npm run size`), few files, each one gzip
            // dictionary. Every surface: lit and the core (`shared`). The number field, the
            // sentence and the setup check, for the surfaces that show them at once (form,
            // checkbox, popup): `field`. What popup, banner and CTA share: `surface`; popup and
            // banner alone: `dismissible` (with who shows when: surface-coordination.ts). A
            // banner's bar and a CTA's button paint without `field`: their form comes after
            // (src/components/internal/element-code.ts). The delivery code is its own chunk.
            codeSplitting: {
              groups: [
                { name: 'shared', minShareCount: 4, priority: 3, test: (id: string) => !/[\\/]src[\\/]core[\\/]phone\.ts$/.test(id) },
                {
                  name: 'field',
                  priority: 2,
                  test: /[\\/]src[\\/](core[\\/](phone(-metadata-fetched)?|sentence)|components[\\/](internal[\\/](phone-field|phone-examples(-fetched)?|consent-flow|consent-element|wording-view)|form[\\/]form\.styles))\.ts$/,
                },
                { name: 'surface', priority: 2, test: /[\\/]src[\\/]components[\\/]internal[\\/](optin-surface|surface\.styles|element-code|not-loaded)\.ts$/ },
                { name: 'dismissible', priority: 2, test: /[\\/]src[\\/](components[\\/]internal[\\/](dismissible-surface|page-end-room)|core[\\/]surface-coordination)\.ts$/ },
                // The record's code (the checkbox's at first render; the form's only with the
                // delivery code, after it) in one chunk, not one per module.
                { name: 'record', test: /[\\/]src[\\/]core[\\/](record|version|consent-flow)\.ts$/ },
              ],
            },
          },
        },
      },
    };
  }
  if (mode === 'pages') {
    // `dist/pages/preferences.js` and `dist/pages/admin.js`: the scripts of the two pages the
    // receiver serves (`<script type="module" src=…>`), each defining its element. Lit and the
    // core are bundled in (the server hands these files out as they are); what both pages use
    // sits in `dist/pages/shared.js` beside them. Separate files, so the script-tag IIFE does
    // not grow by a byte.
    return {
      publicDir: false,
      plugins: [minifyCssTemplates()],
      build: {
        emptyOutDir: false,
        outDir: here('./dist/pages'),
        target: 'es2022',
        modulePreload: false,
        rollupOptions: {
          input: { preferences: here('./src/pages/preferences.ts'), admin: here('./src/pages/admin.ts') },
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            // The topic labels of a language load on demand, each its own `locale-<code>.js`.
            chunkFileNames: (chunk) => (/[\\/]src[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? '') ? 'locale-[name].js' : 'shared.js'),
          },
        },
      },
    };
  }
  // The npm build: ES modules, one entry per public path; dependencies stay external so
  // the integrator's bundler dedupes lit and tree-shakes.
  return {
    build: {
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: here('./src/index.ts'),
          define: here('./src/define.ts'),
          // Types-only entries (JSX and Vue templates); empty at run time.
          react: here('./src/react.ts'),
          vue: here('./src/vue.ts'),
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^libphonenumber-js($|\/)/],
        // One file per source module, laid out like src/ (and like the .d.ts files beside
        // them): a bundler keeps only the modules an app imports.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
