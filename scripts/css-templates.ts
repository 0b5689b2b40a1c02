// Used by vite.config.ts (the script-tag and page builds); tested in test/node/css-templates.test.ts.
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * `css\`…\`` in the components is written for people: comments that say why, indentation.
 * Browsers need none of it, and the minifier leaves template text alone, so the script-tag
 * and page builds drop comments and spare whitespace from the static parts of each `css`
 * template (about 1 kB gzip over the surfaces; issue 16). Strings (`[type='tel']`) are kept
 * as they are; `${…}` parts are untouched. The npm build keeps the source as written.
 */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export function minifyCssTemplates(): Plugin {
  return {
    name: 'wa-optin:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edited = new MagicString(code);
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // Between the delimiters: \` or } before, \` or \${ after.
            const start = part.getStart(source) + 1;
            const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            if (end > start) edited.overwrite(start, end, minifyCssText(code.slice(start, end)) || ' ');
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
