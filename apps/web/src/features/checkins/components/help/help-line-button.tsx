import { Button, VisuallyHidden } from '@mantine/core';
import type { HelpLine } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';

const LABELS = {
  'suicide-prevention': 'help.line113',
  'suicide-prevention-free': 'help.line113Free',
  'suicide-prevention-web': 'help.line113Web',
  emergency: 'help.line112',
} as const;

/** A big, tappable help line: tel: for numbers, a new tab for 113.nl so the check-in stays open. */
export function HelpLineButton({ line }: { line: HelpLine }) {
  const { t } = useTranslation('checkins');
  const isWeb = line.href.startsWith('https:');
  return (
    <Button
      component="a"
      href={line.href}
      size="lg"
      fullWidth
      variant={line.key === 'suicide-prevention' ? 'filled' : 'default'}
      {...(isWeb ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {t(LABELS[line.key])}
      {isWeb && <VisuallyHidden> {t('help.opensInNewTab')}</VisuallyHidden>}
    </Button>
  );
}
