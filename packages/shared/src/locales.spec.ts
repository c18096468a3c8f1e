import { DEFAULT_LOCALE, isLocale, LOCALES } from './locales';
import { HELP_LINES } from './help';

describe('locales', () => {
  it('puts Dutch first and makes it the default', () => {
    expect(LOCALES[0]).toBe('nl');
    expect(DEFAULT_LOCALE).toBe('nl');
  });

  it('recognises only the supported languages', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('help lines', () => {
  it('lists 113, 0800-0113, 113.nl and 112 as tappable links', () => {
    expect(HELP_LINES.map((line) => line.display)).toEqual(['113', '0800-0113', '113.nl', '112']);
    for (const line of HELP_LINES) {
      expect(line.href).toMatch(/^(tel:\d+|https:\/\/)/);
    }
  });
});
