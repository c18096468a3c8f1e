import { connect, type Socket } from 'node:net';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Bodies refused before they are read to the end, on a real socket (inject has none): a body
 * nested too deep is refused with the chunk where it gets too deep, a body over the size limit
 * on its Content-Length; both answers close the connection, so the rest is never read. This is
 * what keeps two connections of deeply nested bodies from slowing everyone else down
 * (`npm run bench:nested`).
 */
describe('bodies refused before their end', () => {
  let api: TestApp;
  let port: number;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(await api.app.getUrl()).port);
  });
  afterAll(() => api.close());

  /** Sends the head and the given part of a body, then waits for the answer and the close. */
  function sendPart(
    contentLength: number,
    parts: readonly string[],
    { askToClose = false } = {},
  ): Promise<{ head: string; body: string; closedByServer: boolean }> {
    return new Promise((resolve, reject) => {
      const socket: Socket = connect(port, '127.0.0.1');
      let received = '';
      let closedByServer = false;
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      socket.on('end', () => {
        closedByServer = true;
        socket.end();
      });
      socket.on('error', reject);
      socket.on('close', () => {
        const [head = '', body = ''] = received.split('\r\n\r\n');
        resolve({ head: head.toLowerCase(), body, closedByServer });
      });
      socket.write(
        'POST /api/me/checkins HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
          `Content-Type: application/json\r\nx-oefenruimte-csrf: 1\r\nContent-Length: ${contentLength}\r\n` +
          (askToClose ? 'Connection: close\r\n\r\n' : '\r\n'),
      );
      // Each part on its own turn, so the server sees them as separate chunks.
      let next = 0;
      const sendNext = () => {
        if (next < parts.length) socket.write(parts[next++]!, () => setTimeout(sendNext, 20));
      };
      sendNext();
      // Nothing more is sent: an answer can only come from a refusal before the end.
      setTimeout(() => socket.destroy(new Error('no answer before the end of the body')), 5_000);
    });
  }

  it('refuses a body nested too deep at the chunk where it gets too deep, and closes', async () => {
    const firstPart = `{"note":${'['.repeat(16 * 1024)}`;
    const answer = await sendPart(200 * 1024, [firstPart]);
    expect(answer.head).toMatch(/^http\/1\.1 400/);
    expect(answer.head).toContain('connection: close');
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'body', constraint: 'maxDepth' })],
    });
    expect(answer.closedByServer).toBe(true);
  });

  it('refuses a body over the size limit on its length, unread, and closes', async () => {
    const answer = await sendPart(1024 * 1024, ['{"note":"']);
    expect(answer.head).toMatch(/^http\/1\.1 413/);
    expect(answer.head).toContain('connection: close');
    expect(answer.closedByServer).toBe(true);
  });

  it("answers a refusal before the body's end only after a pause, so one connection cannot refuse hundreds a second", async () => {
    // Not a speed measurement: the server's own timer sets a floor under each refusal. Before
    // the pause a loop of refusals ran at hundreds a second (bench:nested's attack counts).
    const started = process.hrtime.bigint();
    for (let i = 0; i < 4; i += 1) {
      const answer = await sendPart(1024 * 1024, ['{"note":"']);
      expect(answer.head).toMatch(/^http\/1\.1 413/);
    }
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    // At most about six a second per connection, whatever the pause is set to above that.
    expect(elapsedMs).toBeGreaterThanOrEqual(4 * 150);
  });

  it('keeps the connection of a request without a body (no pause, no close)', async () => {
    const head = await new Promise<string>((resolve, reject) => {
      const socket: Socket = connect(port, '127.0.0.1');
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        received += chunk;
        if (received.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(received.split('\r\n\r\n')[0]!.toLowerCase());
        }
      });
      socket.on('error', reject);
      socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    });
    expect(head).toMatch(/^http\/1\.1 200/);
    expect(head).not.toContain('connection: close');
  });

  it('counts across chunks: an escaped quote split between two chunks keeps brackets in the string', async () => {
    // `"a\` | `"[[[…"` : the quote after the backslash is escaped, so the brackets are text.
    const parts = ['{"note":"a\\', `"${'['.repeat(40)}"}`];
    const length = Buffer.byteLength(parts.join(''));
    const answer = await sendPart(length, parts, { askToClose: true });
    // Read whole and parsed: the guard answers (no session), not the depth check.
    expect(answer.head).toMatch(/^http\/1\.1 401/);
  });
});
