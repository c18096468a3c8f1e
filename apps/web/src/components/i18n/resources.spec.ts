import { dutch } from './resources';
import { english } from './resources-en';

const resources = { nl: dutch, en: english };

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('gives English exactly the keys Dutch has, so nothing shows up as a raw key', () => {
    expect(keysOf(resources.en.translation).sort()).toEqual(
      keysOf(resources.nl.translation).sort(),
    );
  });

  it('leaves no translation empty', () => {
    for (const { translation } of Object.values(resources)) {
      const flat = keysOf(translation);
      expect(flat.length).toBeGreaterThan(20);
    }
    const empty = (value: unknown): boolean =>
      typeof value === 'string'
        ? value.trim() === ''
        : Object.values(value as object).some((child) => empty(child));
    expect(empty(resources.nl.translation)).toBe(false);
    expect(empty(resources.en.translation)).toBe(false);
  });
});
