import { useEffect } from 'react';

/**
 * Each page names itself in the tab and for screen readers on arrival (WCAG 2.4.2). A layout
 * page passes null while a child page names itself (effects run child first, parent last).
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
