// `node --import ./hide-package.mjs`: installs hide-package-hooks.mjs (see there).
import { register } from 'node:module';

register('./hide-package-hooks.mjs', import.meta.url);
