// `npm run manifest` (part of `npm run build`): writes dist/custom-elements.json and
// dist/vscode.html-custom-data.json.
//
// The analyzer reads the JSDoc (@summary, @event, @csspart, @cssprop, @slot, and each
// property's comment). Two things it cannot see are taken from the real thing instead:
// which attributes an element has (Lit's own `elementProperties` after the class is
// finalized, in Node — so the attribute sets shared through `optinProperties` and internal
// `state` properties come out right) and which tag each class is registered under (the
// `defineElement('tag', Class)` call in each component's define.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const lib = await import('../dist/index.js');

const tags = new Map();
for (const folder of readdirSync('src/components', { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  let source;
  try {
    source = readFileSync(`src/components/${folder.name}/define.ts`, 'utf8');
  } catch {
    continue;
  }
  for (const [, tag, className] of source.matchAll(/defineElement\(\s*'([\w-]+)'\s*,\s*(\w+)\s*\)/g)) tags.set(className, tag);
}

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement) continue;
    const element = lib[declaration.name];
    const tag = tags.get(declaration.name);
    if (!tag) {
      // A base class (src/components/internal): documented through the elements that extend it.
      delete declaration.customElement;
      continue;
    }
    declaration.tagName = tag;
    module.exports = [
      ...(module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
      { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } },
    ];
    if (!element?.finalize) continue;
    element.finalize();
    const members = new Map((declaration.members ?? []).map((m) => [m.name, m]));
    const attributes = [];
    for (const [property, options] of element.elementProperties) {
      if (options.state || options.attribute === false) continue;
      const member = members.get(property);
      if (member?.privacy && member.privacy !== 'public') continue;
      const name = typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
      if (member) member.attribute = name;
      attributes.push({
        name,
        fieldName: property,
        type: member?.type ?? { text: options.type === Boolean ? 'boolean' : 'string' },
        ...(member?.default ? { default: member.default } : {}),
        description: member?.description ?? '',
      });
    }
    declaration.attributes = attributes;
  }
}
writeFileSync('dist/custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');

// VS Code's custom HTML data: tag and attribute completion with the same descriptions.
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const customData = {
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: d.summary ?? d.description ?? '',
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description,
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
  })),
};
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(customData, null, 2) + '\n');
console.log(`manifest: ${elements.length} element(s): ${elements.map((d) => d.tagName).join(', ')}`);
