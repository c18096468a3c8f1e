import type { FieldError } from '@oefenruimte/shared';

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string can not be stored as text, or `undefined` when it can. PostgreSQL refuses a NUL
 * in text and in jsonb, and a lone surrogate (half of an emoji) is not Unicode at all: it
 * would be stored as a replacement character, or refused inside jsonb.
 */
export function textProblem(value: string): 'noNulCharacter' | 'wellFormedUnicode' | undefined {
  if (value.includes('\u0000')) return 'noNulCharacter';
  if (LONE_SURROGATE.test(value)) return 'wellFormedUnicode';
  return undefined;
}

const MESSAGES: Record<NonNullable<ReturnType<typeof textProblem>>, string> = {
  noNulCharacter: 'must not contain a NUL character',
  wellFormedUnicode: 'must not contain half a character (an unpaired surrogate)',
};

/** Every string (and object key) in a value that breaks the text rule, with its path. */
export function textProblems(value: unknown, path: string): FieldError[] {
  const problems: FieldError[] = [];
  const visit = (node: unknown, at: string): void => {
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem)
        problems.push({ field: at, constraint: problem, message: `${at} ${MESSAGES[problem]}` });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, at ? `${at}.${index}` : String(index)));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        const keyProblem = textProblem(key);
        // A bad key can not be printed as a path; its parent is named instead.
        if (keyProblem) {
          const field = at || 'body';
          problems.push({
            field,
            constraint: keyProblem,
            message: `a key in ${field} ${MESSAGES[keyProblem]}`,
          });
        } else visit(item, at ? `${at}.${key}` : key);
      }
    }
  };
  visit(value, path);
  return problems;
}
