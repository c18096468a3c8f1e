import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** The id of each layout's <main>, the target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';

/** First stop for keyboard users: jump past the header straight to the page itself. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
      {t('a11y.skipToContent')}
    </a>
  );
}
