type Reply = { status?: number; body?: unknown } | 'network';
type Handler = Reply | ((body: unknown, call: number) => Reply | Promise<Reply>);

export interface RecordedCall {
  readonly route: string;
  readonly body: unknown;
}

/**
 * Replaces fetch with answers per "METHOD /api/path" (the query string is ignored). A handler
 * may be a function of the request body and the how-manyth call it is; 'network' is a lost
 * connection; a function may answer later (a promise), to order replies. Unknown routes answer 404, so a test never hangs on a missing stub.
 */
export function mockApi(routes: Record<string, Handler>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const counts = new Map<string, number>();
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input).split('?')[0];
    const route = `${init?.method ?? 'GET'} ${path}`;
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ route, body });
    const n = (counts.get(route) ?? 0) + 1;
    counts.set(route, n);
    const handler = routes[route];
    const reply = await (typeof handler === 'function'
      ? handler(body, n)
      : (handler ?? { status: 404 }));
    if (reply === 'network') throw new TypeError('Failed to fetch');
    const status = reply.status ?? 200;
    return new Response(
      reply.body === undefined || status === 204 ? null : JSON.stringify(reply.body),
      { status },
    );
  }) as typeof fetch;
  return calls;
}
