import { moduleSchema, type ModuleContent } from '@oefenruimte/shared';

/** A problem in a module being edited, with what the builder needs to say it in Dutch. */
export interface BuilderIssue {
  readonly path: string;
  readonly code: IssueCode;
  readonly values: Record<string, string | number>;
  /** The schema's own words, for problems without a translation. */
  readonly raw: string;
}

export type IssueCode =
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'tooFew'
  | 'tooMany'
  | 'tooSmall'
  | 'tooBig'
  | 'wholeNumber'
  | 'maxAboveMin'
  | 'spanTooWide'
  | 'firstBand'
  | 'lastBand'
  | 'bandGap'
  | 'bandOverlap'
  | 'bandOrder'
  | 'noHtml'
  | 'richText'
  | 'duplicate'
  | 'otherLabel'
  | 'generic';

/** Removes empty optional texts (an emptied field means "none"), recursively, outside lists. */
export function cleanContent<T>(value: T): T {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? cleanContent(item) : item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === '' || child === undefined) continue;
    out[key] = typeof child === 'object' ? cleanContent(child) : child;
  }
  return out as T;
}

const CUSTOM: [RegExp, IssueCode][] = [
  [/max must be greater than min/, 'maxAboveMin'],
  [/spans at most (\d+)/, 'spanTooWide'],
  [/lowest possible score, (-?\d+)/, 'firstBand'],
  [/highest possible score, (-?\d+)/, 'lastBand'],
  [/^Gap: no band covers (.+)\.$/, 'bandGap'],
  [/^Overlap/, 'bandOverlap'],
  [/min ≤ max/, 'bandOrder'],
  [/^HTML is not allowed/, 'noHtml'],
  [/^Duplicate/, 'duplicate'],
  [/otherLabel needs allowOther/, 'otherLabel'],
  [/needs (min|max)/, 'required'],
  [/(backticks|Links|Headings|list item is empty|does not open or close)/, 'richText'],
];

/** Checks the module with the same schema the API uses, and names each problem by its path. */
export function contentIssues(content: ModuleContent): BuilderIssue[] {
  const result = moduleSchema.safeParse(content);
  if (result.success) return [];
  return result.error.issues.map((issue): BuilderIssue => {
    const path = issue.path.map(String).join('.');
    const base = { path, raw: issue.message };
    if (issue.code === 'invalid_type') return { ...base, code: 'required' as const, values: {} };
    if (issue.code === 'too_small') {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return { ...base, code: min <= 1 ? 'required' : 'tooShort', values: { min } };
      if (issue.origin === 'array') return { ...base, code: 'tooFew', values: { min } };
      return { ...base, code: 'tooSmall', values: { min } };
    }
    if (issue.code === 'too_big') {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { ...base, code: 'tooLong', values: { max } };
      if (issue.origin === 'array') return { ...base, code: 'tooMany', values: { max } };
      return { ...base, code: 'tooBig', values: { max } };
    }
    for (const [pattern, code] of CUSTOM) {
      const match = pattern.exec(issue.message);
      if (match) return { ...base, code, values: { value: match[1] ?? '' } };
    }
    return { ...base, code: 'generic', values: {} };
  });
}
