import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { BUILT_IN_LOCALES } from './src/core/locale-list.js';
import { demoReceiver } from './demo/demo-receiver.js';

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
 * The demo's script-tag pages load `/dist/wa-optin.iife.js` exactly as a plain site would;
 * `npm start` builds it first, and this serves dist/ at /dist/ beside the demo.
 */
function serveBuiltScript(): Plugin {
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
  return {
    name: 'wa-optin:serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        const extension = name.slice(name.lastIndexOf('.'));
        if (!/^[\w.-]+$/.test(name) || !types[extension]) return next();
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
          { find: /^\.\/phone-metadata\.js$/, replacement: here('./src/core/phone-metadata-fetched.ts') },
          { find: /^\.\/locale-files\.js$/, replacement: here('./src/core/locale-files-fetched.ts') },
          { find: /^\.\/phone-examples\.js$/, replacement: here('./src/components/internal/phone-examples-fetched.ts') },
          // One file: the phone code is inside it (no lazy-module wrapper); the rules still load on demand.
          { find: /^\.\/phone-engine-loader\.js$/, replacement: here('./src/core/phone-engine-bundled.ts') },
        ],
      },
      plugins: [
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
  if (mode === 'pages') {
    // `dist/pages/preferences.js` and `dist/pages/admin.js`: the scripts of the two pages the
    // receiver serves (`<script type="module" src=…>`), each defining its element. Lit and the
    // core are bundled in (the server hands these files out as they are); what both pages use
    // sits in `dist/pages/shared.js` beside them. Separate files, so the script-tag IIFE does
    // not grow by a byte.
    return {
      publicDir: false,
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
