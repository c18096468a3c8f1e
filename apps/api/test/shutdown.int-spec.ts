import { Controller, Get, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../src/common/auth/public.decorator';
import { startTestApp } from './support/test-app';

/** A request that is still working (and still needs the database) when shutdown starts. */
@Controller('slow')
class SlowController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async slow(): Promise<{ answer: number }> {
    await new Promise((resolve) => setTimeout(resolve, 700));
    const [row] = await this.dataSource.query('SELECT 42 AS answer');
    return { answer: row.answer };
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {}

describe('graceful shutdown', () => {
  it('lets a request in flight finish (database included) before the app closes', async () => {
    const api = await startTestApp({ extraImports: [SlowModule] });
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    const url = await api.app.getUrl();
    const inFlight = fetch(`${url}/api/slow`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = api.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ answer: 42 });
    // Resolves at all only because idle keep-alive connections are closed: otherwise the socket
    // that served the request would hold it for Fastify's 72-second keep-alive, past the test timeout.
    await closing;
    // After close, nothing is accepted any more.
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});
