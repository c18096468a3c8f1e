import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every `class …Dto implements SharedType` of the API, as `Dto, SharedType`. */
function dtoContracts(): string[] {
  return sourceFiles(SRC).flatMap((file) =>
    [
      ...readFileSync(file, 'utf8').matchAll(/class (\w+Dto)(?: extends \w+)? implements (\w+)/g),
    ].map((match) => `${match[1]}, ${match[2]}`),
  );
}

describe('request contracts', () => {
  it('checks every DTO that implements a shared request type key for key', () => {
    const listed = readFileSync(join(__dirname, 'request-contracts.ts'), 'utf8');
    const contracts = dtoContracts();
    expect(contracts.length).toBeGreaterThan(30);
    expect(contracts.filter((pair) => !listed.includes(`Assert<ExactKeys<${pair}>>`))).toEqual([]);
  });
});
