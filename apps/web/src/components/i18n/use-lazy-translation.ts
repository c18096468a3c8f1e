import type { FlatNamespace } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * A namespace whose texts travel with the (lazy) screens that use it instead of the first
 * download: added to i18next, both languages at once, the first time one of them draws.
 * Typed like every namespace (i18next.d.ts).
 */
export function useLazyTranslation<const Namespace extends FlatNamespace>(
  namespace: Namespace,
  texts: { readonly nl: object; readonly en: object },
) {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('nl', namespace)) {
    i18n.addResourceBundle('nl', namespace, texts.nl);
    i18n.addResourceBundle('en', namespace, texts.en);
  }
  return useTranslation(namespace);
}
