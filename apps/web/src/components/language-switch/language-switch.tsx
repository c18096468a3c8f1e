import { Button, Group } from '@mantine/core';
import { LOCALES } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';

/**
 * Offers the other languages, each named in itself ("English", not "Engels") and marked with its
 * own lang, so someone who cannot read the current language still finds theirs. Buttons rather
 * than a segmented control: it fits next to the brand and "Help" on a 360px phone.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {LOCALES.filter((code) => code !== locale).map((code, position) => (
        <Button
          // Keyed by position, not language: React keeps the same button after a switch, so
          // keyboard focus stays on it instead of falling back to the top of the page.
          key={position}
          variant="subtle"
          size="compact-md"
          lang={code}
          onClick={() => setLocale(code)}
        >
          {t(`language.names.${code}`)}
        </Button>
      ))}
    </Group>
  );
}
