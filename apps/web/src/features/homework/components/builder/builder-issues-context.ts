import { createContext, useContext } from 'react';
import type { BuilderIssue } from '../../utils/content-issues';

/** The current problems of the module being edited, so each field can show its own. */
export const BuilderIssuesContext = createContext<readonly BuilderIssue[]>([]);

export function useIssueAt(path: string): BuilderIssue | undefined {
  return useContext(BuilderIssuesContext).find((issue) => issue.path === path);
}

/** True when any problem lies at or under this path (to mark a folded step). */
export function useHasIssueUnder(path: string): boolean {
  return useContext(BuilderIssuesContext).some(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`),
  );
}
