import { JsonDepthScanner, jsonDepthExceeds } from './json-body-parser';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('JsonDepthScanner', () => {
  it('says so at the first bracket past the limit, and from then on', () => {
    const scanner = new JsonDepthScanner(3);
    expect(scanner.exceeded(bytes('{"a":[['))).toBe(false);
    expect(scanner.exceeded(bytes('['))).toBe(true);
    expect(scanner.exceeded(bytes(']]]}'))).toBe(true);
  });

  it('counts depth, not brackets: closed levels make room again', () => {
    expect(jsonDepthExceeds('[[[]],[[]],[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
  });

  it('keeps brackets inside strings out, also after an escaped quote or backslash', () => {
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[[', b: 'x"[[[[', c: '\\' }), 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\\\","b":[[[]]]}', 2)).toBe(true);
  });

  it('carries a string and an escape across chunks, byte by byte', () => {
    const text = JSON.stringify({ note: 'zij zei "[[[[" en ging 🙂 weg', more: [[1], [2]] });
    const whole = bytes(text);
    for (const limit of [2, 3]) {
      const scanner = new JsonDepthScanner(limit);
      // Every byte its own chunk: also splits the emoji's four bytes and every escape.
      const exceeded = [...whole].some((byte) => scanner.exceeded(Uint8Array.of(byte)));
      expect(exceeded).toBe(jsonDepthExceeds(text, limit));
      expect(exceeded).toBe(limit === 2);
    }
  });
});
