import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Issue 10: SQL lives only in repository files (`*.repository.ts`), migrations and the database
 * bootstrap (`database/`), the benchmark (`bench/`) and command-line tools (`cli/`).
 */
const SRC = __dirname;

const ALLOWED = [/\.repository\.ts$/, /^database\//, /^bench\//, /(^|\/)cli\//, /\.spec\.ts$/];

const SQL = [
  { what: '.query(', pattern: /\.query\s*\(/ },
  { what: 'createQueryBuilder', pattern: /createQueryBuilder/ },
  { what: 'an SQL string', pattern: /[`'"]\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s/ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

/** Every place with SQL outside the allowed files, as `file:line (what)`. */
function sqlOutsideRepositories(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    if (ALLOWED.some((allowed) => allowed.test(file))) continue;
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const { what, pattern } of SQL) {
      const global = new RegExp(pattern.source, 'g');
      for (const match of text.matchAll(global)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.set(file, [...(found.get(file) ?? []), `${file}:${line} (${what})`]);
      }
    }
  }
  return found;
}

describe('SQL only in repositories', () => {
  const found = sqlOutsideRepositories();

  it('finds no SQL outside repositories, migrations, the bootstrap, the benchmark and CLIs', () => {
    expect([...found.values()].flat()).toEqual([]);
  });

  it('recognises each kind of SQL it looks for', () => {
    const samples = ['manager.query(', 'repo.createQueryBuilder()', '`\n  SELECT id FROM x`'];
    expect(samples.map((sample) => SQL.some(({ pattern }) => pattern.test(sample)))).toEqual([
      true,
      true,
      true,
    ]);
  });
});
