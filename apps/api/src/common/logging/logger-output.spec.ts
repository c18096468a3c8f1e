import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({ write: (chunk, _enc, done) => (chunks.push(String(chunk)), done()) }),
    text: () => chunks.join(''),
  };
}

const config = { logLevel: 'info', version: '9.9.9' } as const;

describe('log output', () => {
  it('writes readable lines for a terminal, still without secrets or client text', () => {
    const out = capture();
    const logger = createLogger(config, { pretty: true, destination: out.stream });
    logger.info(
      { body: { password: 'hunter2-hunter2', note: 'privé' }, token: 'abc' },
      'request done',
    );
    const text = out.text();
    expect(text).toContain('request done');
    expect(text).toContain('INFO');
    expect(() => JSON.parse(text.split('\n')[0]!)).toThrow();
    expect(text).not.toMatch(/hunter2|privé|abc/);
  });

  it('writes one JSON line per event otherwise', () => {
    const out = capture();
    const logger = createLogger(config, { pretty: false, destination: out.stream });
    logger.info({ token: 'abc' }, 'request done');
    const line = JSON.parse(out.text().trim());
    expect(line).toMatchObject({ msg: 'request done', token: '[redacted]', version: '9.9.9' });
  });
});
