import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/** Lints a tiny source as if it sat at `file`, with the repository's own ESLint config. */
function lint(file: string, source: string): string[] {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/eslint/bin/eslint.js'),
      '--format',
      'json',
      '--stdin',
      '--stdin-filename',
      file,
    ],
    { cwd: root, input: source, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  const [report] = JSON.parse(result.stdout) as {
    messages: { ruleId: string; message: string }[];
  }[];
  return report!.messages
    .filter((m) => m.ruleId === 'web-boundaries/feature-boundaries')
    .map((m) => m.message);
}

const FROM = 'apps/web/src/features/checkins/components/fixture.ts';

describe('web feature boundaries (lint)', () => {
  it('refuses an import from another feature, however the path is written', () => {
    expect(
      lint(FROM, "export { useMyAssignments } from '../../homework/api/get-my-assignments';\n"),
    ).toEqual([
      'features/checkins must not import features/homework: compose them in app/routes/ instead.',
    ]);
    expect(
      lint(
        FROM,
        "import { usePractice } from '../../../features/practice/api/get-practice';\nexport { usePractice };\n",
      ),
    ).toHaveLength(1);
  });

  it('refuses an import from a feature into app/', () => {
    expect(lint(FROM, "export { routes } from '../../../app/router';\n")).toEqual([
      'features/checkins must not import app/: the app composes features, not the reverse.',
    ]);
  });

  it('lets a feature import itself and the shared code, and app/ import features', () => {
    const own =
      "export { checkinKeys } from '../api/query-keys';\nexport { apiCall } from '../../../lib/api/api-client';\n";
    expect(lint(FROM, own)).toEqual([]);
    expect(
      lint(
        'apps/web/src/app/routes/fixture.ts',
        "export { useMyAssignments } from '../../features/homework/api/get-my-assignments';\n",
      ),
    ).toEqual([]);
  });
});
