import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __E2E__?: { child: ChildProcess; dataDir: string } }).__E2E__;
  if (!state) return;
  const { child, dataDir } = state;
  if (child.exitCode === null) {
    await new Promise<void>((resolveExit) => {
      child.once('exit', () => resolveExit());
      child.kill('SIGTERM');
    });
  }
  rmSync(dataDir, { recursive: true, force: true });
}
