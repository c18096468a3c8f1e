import en from './en.json';
import nl from './nl.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('check-in translations', () => {
  it('gives English exactly the keys Dutch has, none of them empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
    const empty = (value: unknown): boolean =>
      typeof value === 'string' ? value.trim() === '' : Object.values(value as object).some(empty);
    expect(empty(nl)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
