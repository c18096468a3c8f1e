import accessLogEn from '../../features/access-log/i18n/en.json';
import accessLogNl from '../../features/access-log/i18n/nl.json';
import authEn from '../../features/auth/i18n/en.json';
import authNl from '../../features/auth/i18n/nl.json';
import practiceEn from '../../features/practice/i18n/en.json';
import practiceNl from '../../features/practice/i18n/nl.json';
import privacyEn from '../../features/privacy/i18n/en.json';
import privacyNl from '../../features/privacy/i18n/nl.json';
import reviewEn from '../../features/review/i18n/en.json';
import reviewNl from '../../features/review/i18n/nl.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe.each([
  ['auth', authNl, authEn],
  ['practice', practiceNl, practiceEn],
  ['privacy', privacyNl, privacyEn],
  ['review', reviewNl, reviewEn],
  ['access log', accessLogNl, accessLogEn],
])('the %s translations', (_name, nl, en) => {
  it('give English exactly the keys Dutch has', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('leave nothing empty', () => {
    const values = (tree: unknown): string[] =>
      typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(values);
    expect([...values(nl), ...values(en)].filter((v) => v.trim() === '')).toEqual([]);
  });
});
