import path from 'node:path';

/**
 * Web zones (bulletproof-react's layout): a feature imports only itself and the shared code
 * (components/, lib/, testing/, @oefenruimte/shared); never another feature and never app/.
 * Pages that combine features live in app/routes/. Imports are resolved against the importing
 * file, so `../../homework/api/x` and `../../../features/homework/api/x` are both caught.
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse imports between web features and from a feature into app/.' },
    schema: [],
    messages: {
      crossFeature:
        'features/{{from}} must not import features/{{to}}: compose them in app/routes/ instead.',
      intoApp:
        'features/{{from}} must not import app/: the app composes features, not the reverse.',
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const src = srcRoot(filename);
    if (!src) return {};
    const from = featureOf(path.relative(src, filename));
    if (!from) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.relative(src, path.resolve(path.dirname(filename), source.value));
      const to = featureOf(target);
      if (to && to !== from)
        context.report({ node: source, messageId: 'crossFeature', data: { from, to } });
      else if (target === 'app' || target.startsWith(`app${path.sep}`))
        context.report({ node: source, messageId: 'intoApp', data: { from } });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

function srcRoot(filename) {
  const marker = `${path.sep}apps${path.sep}web${path.sep}src${path.sep}`;
  const at = filename.lastIndexOf(marker);
  return at === -1 ? null : filename.slice(0, at + marker.length - 1);
}

function featureOf(relative) {
  const parts = relative.split(path.sep);
  return parts[0] === 'features' && parts[1] ? parts[1] : null;
}

export const webBoundaries = { rules: { 'feature-boundaries': featureBoundaries } };
