import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_CONTENT_ID } from '../skip-link/skip-link';

/**
 * After a client-side page change, focus goes to <main>, so screen-reader and keyboard users
 * start on the new page instead of somewhere in the old one. Not on first load: the browser
 * already starts at the top there.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [pathname]);
}
