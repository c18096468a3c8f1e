import type { LibraryModule, ModuleContent } from '@oefenruimte/shared';
import { useMemo, useState } from 'react';
import { ApiRequestError } from '../../../../lib/api/api-client';
import { usePublishModule } from '../../api/publish-module';
import { useSaveModuleDraft } from '../../api/save-module-draft';
import { type BuilderIssue, cleanContent, contentIssues } from '../../utils/content-issues';

export type EditResult = 'saved' | 'published' | 'invalid' | 'conflict' | 'failed';

/**
 * The builder's state: the content being edited, its version, and saving and publishing with
 * the schema checked first (the same one the API uses) and a stale version answered by choice.
 */
export function useModuleEditing(module: LibraryModule) {
  const [content, setContent] = useState<ModuleContent>(module.draft);
  const [version, setVersion] = useState(module.version);
  const [dirty, setDirty] = useState(false);
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<BuilderIssue[]>([]);
  const [conflict, setConflict] = useState<LibraryModule | null>(null);
  const save = useSaveModuleDraft(module.id);
  const publish = usePublishModule(module.id);
  const cleaned = useMemo(() => cleanContent(content), [content]);
  const issues = useMemo(() => contentIssues(cleaned), [cleaned]);

  const edit = (next: ModuleContent) => {
    setContent(next);
    setDirty(true);
    setServerIssues([]);
  };

  const failed = (error: unknown): EditResult => {
    if (error instanceof ApiRequestError && error.status === 409 && error.current) {
      setConflict(error.current as LibraryModule);
      return 'conflict';
    }
    if (error instanceof ApiRequestError && error.status === 400) {
      setServerIssues(
        error.fields.map((f) => ({
          path: f.field.replace(/^content\./, ''),
          code: 'generic',
          values: {},
          raw: f.message,
        })),
      );
    }
    return 'failed';
  };

  /** Saves and answers with the result and the version the module has afterwards. */
  const saveAt = async (onVersion: number): Promise<[EditResult, number]> => {
    setChecked(true);
    if (issues.length > 0) return ['invalid', onVersion];
    try {
      const saved = await save.mutateAsync({ content: cleaned, version: onVersion });
      setVersion(saved.version);
      setDirty(false);
      return ['saved', saved.version];
    } catch (error) {
      return [failed(error), onVersion];
    }
  };

  const saveDraft = async (onVersion = version): Promise<EditResult> =>
    (await saveAt(onVersion))[0];

  const publishNow = async (): Promise<EditResult> => {
    let at = version;
    if (dirty || issues.length > 0) {
      const [result, next] = await saveAt(version);
      if (result !== 'saved') return result;
      at = next;
    }
    try {
      const published = await publish.mutateAsync({ version: at });
      setVersion(published.version);
      return 'published';
    } catch (error) {
      return failed(error);
    }
  };

  /** After a 409: take the stored version, or keep mine and save it over the newer one. */
  const resolveConflict = async (keep: 'mine' | 'theirs'): Promise<EditResult | null> => {
    if (!conflict) return null;
    const current = conflict;
    setConflict(null);
    if (keep === 'theirs') {
      setContent(current.draft);
      setVersion(current.version);
      setDirty(false);
      return null;
    }
    setVersion(current.version);
    return saveDraft(current.version);
  };

  return {
    content,
    edit,
    version,
    dirty,
    issues: checked ? [...issues, ...serverIssues] : serverIssues,
    conflict,
    saveDraft: () => saveDraft(),
    publishNow,
    resolveConflict,
    saving: save.isPending,
    publishing: publish.isPending,
    error: save.error ?? publish.error,
  };
}
