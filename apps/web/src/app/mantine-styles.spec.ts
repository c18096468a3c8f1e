import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '..');
const mantineStyles = path.resolve(src, '../../../node_modules/@mantine/core/styles');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Every value imported from @mantine/core anywhere in the web app's source. */
function usedComponents(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(src)) {
    const source = readFileSync(file, 'utf8');
    for (const [, names] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g))
      for (const name of names!.split(',').map((n) => n.trim()))
        if (name && !name.startsWith('type ')) used.add(name.split(/\s+as\s+/)[0]!);
  }
  return used;
}

describe('Mantine styles', () => {
  const imported = new Set(
    [
      ...readFileSync(path.join(src, 'app/mantine-styles.ts'), 'utf8').matchAll(
        /import '@mantine\/core\/styles\/([A-Za-z-]+)\.css';/g,
      ),
    ].map(([, name]) => name!),
  );

  it('imports the styles of every component the app uses (an unstyled one would break quietly)', () => {
    const used = [...usedComponents()];
    // The scan itself must work: the app uses far more than a handful of components.
    expect(used.length).toBeGreaterThan(30);
    const missing = used.filter(
      (name) => existsSync(path.join(mantineStyles, `${name}.css`)) && !imported.has(name),
    );
    expect(missing).toEqual([]);
  });

  it('imports only files Mantine has, the global ones first', () => {
    const names = [...imported];
    expect(names.filter((name) => !existsSync(path.join(mantineStyles, `${name}.css`)))).toEqual(
      [],
    );
    expect(names.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
  });

  it('keeps them in the cascade order of Mantine’s own styles.css', () => {
    const all = readFileSync(path.join(mantineStyles, '..', 'styles.css'), 'utf8');
    const at = (name: string) =>
      all.indexOf(
        readFileSync(path.join(mantineStyles, `${name}.css`), 'utf8')
          .trim()
          .slice(0, 150),
      );
    const names = [...imported];
    expect(names.every((name) => at(name) >= 0)).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => at(a) - at(b)));
  });
});
