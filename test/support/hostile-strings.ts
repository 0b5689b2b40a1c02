// Arbitrary strings of the kinds that break text handling, for property-based tests:
// markup and script, bidi overrides and isolates, zero-width characters, full-width and
// other non-ASCII digits, emoji (astral, with joiners), lone surrogates, and very long runs.
import fc from 'fast-check';

const pieces = [
  '<img src=x onerror="window.__waOptinPwned=1">',
  '<script>window.__waOptinPwned=1</script>',
  '"><svg onload=window.__waOptinPwned=1>',
  '{{7*7}}',
  '${1+1}',
  '\u202e', '\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '０１２３４５６７８９', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳', '०१२३', '①②③',
  '😀', '👩‍👩‍👧‍👦', '🇧🇷', '\ud83d', '\ude00',
  '+', '(', ')', '-', ' ', '.', '/', 'ext.', ' ramal ', '#', '*', ',', '\t', '\n', '\r', '\u00a0',
  '+55', '11', '91234', '5678', '+1 201 555 0123', '2015550123',
  'javascript:', 'https://', '%00', '\u0000', '\\', "'", '"', '`', '&amp;', '&#x3C;',
];

/** Hostile text: glued pieces of the kinds above and arbitrary Unicode (with lone surrogates). */
export function hostileText({ minLength = 0, maxLength = 300 }: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pieces) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  );
  return fc
    .oneof(
      { weight: 9, arbitrary: fc.array(piece, { maxLength: 12 }).map((p) => p.join('')) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 500, max: 20_000 })).map(([p, n]) => p.repeat(Math.ceil(n / p.length))) },
    )
    .map((s) => s.slice(0, Math.max(maxLength, minLength)))
    .filter((s) => s.length >= minLength);
}
