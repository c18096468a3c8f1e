/** A rough, readable name for a browser's user agent ("Firefox op Windows"), or null. */
export function describeDevice(
  userAgent: string | null,
): { browser: string; system: string } | null {
  if (!userAgent) return null;
  const browser =
    pick(userAgent, [
      [/Edg\//, 'Edge'],
      [/Firefox\//, 'Firefox'],
      [/SamsungBrowser\//, 'Samsung Internet'],
      [/OPR\//, 'Opera'],
      [/Chrome\/|Chromium\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ]) ?? null;
  const system =
    pick(userAgent, [
      [/iPhone|iPad|iPod/, 'iOS'],
      [/Android/, 'Android'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/CrOS/, 'ChromeOS'],
      [/Linux/, 'Linux'],
    ]) ?? null;
  if (!browser || !system) return null;
  return { browser, system };
}

function pick(value: string, options: readonly (readonly [RegExp, string])[]): string | undefined {
  return options.find(([pattern]) => pattern.test(value))?.[1];
}
