// Module resolution hooks (node:module register) that make one installed package look
// absent, as on a shop's machine that skipped the receiver's optional peer dependencies.
// The package named in WA_OPTIN_TEST_HIDE_PACKAGE (and its subpaths) cannot be found.
const hidden = process.env.WA_OPTIN_TEST_HIDE_PACKAGE;

export async function resolve(specifier, context, nextResolve) {
  if (hidden && (specifier === hidden || specifier.startsWith(`${hidden}/`))) {
    const error = new Error(`Cannot find package '${hidden}' imported from ${context.parentURL}`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return nextResolve(specifier, context);
}
