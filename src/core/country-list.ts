/**
 * The `countries` attribute read as codes. Apart from the phone code (phone.ts re-exports
 * it) because every surface checks the attribute when it first renders, and a banner or a
 * CTA shows no number field then: the phone code is not part of its first render (issue 16).
 */

/**
 * The `countries` attribute (`"IN,ID,BR"`, commas or spaces) as upper-case codes, in the
 * integrator's order; empty when every country is taken. Codes the rules do not know are
 * left out once the rules are here (a `countries` that names only those is a setup problem).
 */
export function parseCountryList(value: string | null | undefined): string[] {
  if (!value) return [];
  const codes = value
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}

/** Codes in a `countries` value that cannot be ISO 3166 alpha-2 codes (`"India"`, `"IND"`). */
export function malformedCountries(value: string | null | undefined): string[] {
  return parseCountryList(value).filter((code) => !/^[A-Z]{2}$/.test(code));
}
