import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { HELP_LINES } from '@oefenruimte/shared';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpContact, type PracticeContact, usePracticeContact } from './help-contact';
import classes from './help-panel.module.css';

export type { PracticeContact } from './help-contact';

/** The in-page target of every "Help" link in the headers. */
export const HELP_PANEL_ID = 'hulp';

/** Browsers scroll to the panel on "#hulp" but do not all move focus there; this does. */
export function focusHelpPanel(): void {
  document.getElementById(HELP_PANEL_ID)?.focus();
}

/**
 * Where to get help right now, on every public page and every client screen. Calm on purpose:
 * always present and easy to reach, without alarming colours that would make a page feel unsafe.
 */
export function HelpPanel({ practice }: { practice?: PracticeContact | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const fromLayout = usePracticeContact();
  return (
    // tabIndex -1 lets the header's "Help" link move keyboard and screen-reader focus here.
    <section id={HELP_PANEL_ID} tabIndex={-1} aria-labelledby={titleId} className={classes.panel}>
      <Stack gap="sm">
        <Title order={2} id={titleId} className={classes.title}>
          {t('help.title')}
        </Title>
        <Text>{t('help.notReadAroundTheClock')}</Text>
        <HelpContact practice={practice ?? fromLayout} />
      </Stack>
    </section>
  );
}

/**
 * The same help inside a dialog, which covers the page's panel and menu: 113 at the top of the
 * dialog, and one tap to the other lines and the practice's own text at its end.
 */
export function DialogHelp({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  const sectionId = useId();
  const [line113] = HELP_LINES;
  return (
    <Stack gap="md">
      <Group gap="xs" className={classes.shortcut}>
        <Button component="a" href={line113!.href} variant="default" size="sm">
          {t(`help.lines.${line113!.key}`, { display: line113!.display })}
        </Button>
        <Button
          component="a"
          href={`#${sectionId}`}
          variant="subtle"
          size="sm"
          onClick={() => document.getElementById(sectionId)?.focus()}
        >
          {t('help.moreInDialog')}
        </Button>
      </Group>
      {children}
      <section
        id={sectionId}
        tabIndex={-1}
        aria-labelledby={titleId}
        className={classes.panel}
        data-dialog-help
      >
        <Stack gap="sm">
          <Title order={2} id={titleId} className={classes.title}>
            {t('help.dialogTitle')}
          </Title>
          <HelpContact practice={usePracticeContact()} />
        </Stack>
      </section>
    </Stack>
  );
}
