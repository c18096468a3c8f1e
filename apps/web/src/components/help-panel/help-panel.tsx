import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { HELP_LINES, type HelpLine } from '@oefenruimte/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './help-panel.module.css';

/** The in-page target of every "Help" link in the headers. */
export const HELP_PANEL_ID = 'hulp';

const suicidePreventionLines = HELP_LINES.filter((line) => line.key !== 'emergency');
const emergencyLines = HELP_LINES.filter((line) => line.key === 'emergency');

/**
 * Where to get help right now, on every public page and every client screen. Calm on purpose:
 * always present and easy to reach, without alarming colours that would make a page feel unsafe.
 */
/** A practice's own way to reach it, shown to its clients next to the national lines. */
export interface PracticeContact {
  readonly name: string;
  readonly phone: string | null;
  readonly crisisText: string | null;
}

export function HelpPanel({ practice }: { practice?: PracticeContact | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    // tabIndex -1 lets the header's "Help" link move keyboard and screen-reader focus here.
    <section id={HELP_PANEL_ID} tabIndex={-1} aria-labelledby={titleId} className={classes.panel}>
      <Stack gap="sm">
        <Title order={2} id={titleId} className={classes.title}>
          {t('help.title')}
        </Title>
        <Text>{t('help.notReadAroundTheClock')}</Text>
        <Text>{t('help.suicidePrevention')}</Text>
        <Group gap="xs">
          {suicidePreventionLines.map((line) => (
            <HelpLink key={line.key} line={line} />
          ))}
        </Group>
        <Text>{t('help.emergencyIntro')}</Text>
        <Group gap="xs">
          {emergencyLines.map((line) => (
            <HelpLink key={line.key} line={line} />
          ))}
        </Group>
        {practice && (practice.phone || practice.crisisText) && (
          <Stack gap="xs" data-testid="practice-contact">
            <Text fw={600}>{t('help.practiceTitle', { name: practice.name })}</Text>
            {practice.crisisText && <Text>{practice.crisisText}</Text>}
            {practice.phone && (
              <Group gap="xs">
                <Button
                  component="a"
                  href={`tel:${practice.phone.replace(/[^\d+]/g, '')}`}
                  variant="default"
                  className={classes.link}
                >
                  {t('help.practicePhone', { phone: practice.phone })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

function HelpLink({ line }: { line: HelpLine }) {
  const { t } = useTranslation();
  const isWeb = line.href.startsWith('https:');
  return (
    <Button
      component="a"
      href={line.href}
      variant="default"
      className={classes.link}
      // A new tab for the website, so whatever someone was writing here stays open behind it.
      {...(isWeb ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {t(`help.lines.${line.key}`, { display: line.display })}
      {isWeb && <VisuallyHidden> {t('help.opensInNewTab')}</VisuallyHidden>}
    </Button>
  );
}
