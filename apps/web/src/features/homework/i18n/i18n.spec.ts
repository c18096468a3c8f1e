import en from './en.json';
import nl from './nl.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function values(tree: unknown): string[] {
  return typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(values);
}

describe('the homework translations', () => {
  it('give English exactly the keys Dutch has', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('leave nothing empty', () => {
    expect([...values(nl), ...values(en)].filter((v) => v.trim() === '')).toEqual([]);
  });

  it('never count what was missed or call anything late', () => {
    const client = JSON.stringify([nl.home, nl.intro, nl.player, nl.review, nl.save]);
    expect(client).not.toMatch(/gemist|te laat|streak|verplicht in te vullen/i);
  });
});
