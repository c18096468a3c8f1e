import { FALLBACK_BODY, FALLBACK_TITLE, notificationFrom, sameOriginUrl } from './push-payload';

const ORIGIN = 'https://app.example.nl';

describe('what a reminder push shows and opens', () => {
  it('shows the title and body the server sent, and opens its own-origin path', () => {
    const { title, options } = notificationFrom(
      { title: 'Oefenruimte', body: 'Je hebt een herinnering', url: '/mijn/check-in' },
      ORIGIN,
    );
    expect(title).toBe('Oefenruimte');
    expect(options.body).toBe('Je hebt een herinnering');
    expect((options.data as { url: string }).url).toBe(`${ORIGIN}/mijn/check-in`);
  });

  it('falls back to the neutral text when the payload is empty or not JSON', () => {
    for (const payload of [undefined, null, 'plain text', { title: '  ' }]) {
      const { title, options } = notificationFrom(payload, ORIGIN);
      expect(title).toBe(FALLBACK_TITLE);
      expect(options.body).toBe(FALLBACK_BODY);
    }
  });

  it('never opens another origin', () => {
    for (const url of ['https://evil.example/mijn', '//evil.example/x', 'javascript:alert(1)', 42])
      expect(sameOriginUrl(url, ORIGIN)).toBe(`${ORIGIN}/mijn`);
    expect(sameOriginUrl('/mijn/oefeningen?x=1', ORIGIN)).toBe(`${ORIGIN}/mijn/oefeningen?x=1`);
  });
});
