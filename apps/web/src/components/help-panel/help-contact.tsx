import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { HELP_LINES, type HelpLine } from '@oefenruimte/shared';
import { createContext, type ReactNode, useContext } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import classes from './help-panel.module.css';

/** A practice's own way to reach it, shown to its clients next to the national lines. */
export interface PracticeContact {
  readonly name: string;
  readonly phone: string | null;
  readonly crisisText: string | null;
}

const suicidePreventionLines = HELP_LINES.filter((line) => line.key !== 'emergency');
const emergencyLines = HELP_LINES.filter((line) => line.key === 'emergency');

/**
 * The client's practice for every help block below a layout, dialogs included (a portal keeps
 * React context), so a dialog needs no prop to show the practice's own text.
 */
const PracticeContactContext = createContext<PracticeContact | null>(null);

export function PracticeContactProvider({
  practice,
  children,
}: {
  practice: PracticeContact | null | undefined;
  children: ReactNode;
}) {
  return (
    <PracticeContactContext.Provider value={practice ?? null}>
      {children}
    </PracticeContactContext.Provider>
  );
}

export function usePracticeContact(): PracticeContact | null {
  return useContext(PracticeContactContext);
}

/** A phone number stays on one line: "030 123 45 67" is never split as "030 123 45 / 67". */
const PHONE_NUMBER = /(\+?\d[\d -]{4,}\d)/;

/** Text with every phone number in it kept whole. */
export function KeepNumbersWhole({ text }: { text: string }) {
  return text.split(PHONE_NUMBER).map((part, i) =>
    PHONE_NUMBER.test(part) ? (
      <span key={i} className={classes.number}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** 113, 0800-0113, 113.nl and 112 as big tappable links, and the practice's own way in. */
export function HelpContact({ practice }: { practice: PracticeContact | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
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
        // The practice writes in Dutch: read in a Dutch voice, also when the interface is English.
        <Stack gap="xs" data-testid="practice-contact">
          <Text fw={600}>
            <Trans
              i18nKey="help.practiceTitle"
              values={{ name: practice.name }}
              components={{ nl: <span lang="nl" /> }}
            />
          </Text>
          {practice.crisisText && (
            <Text lang="nl">
              <KeepNumbersWhole text={practice.crisisText} />
            </Text>
          )}
          {practice.phone && (
            <Group gap="xs">
              <Button
                component="a"
                href={`tel:${practice.phone.replace(/[^\d+]/g, '')}`}
                variant="default"
                className={classes.link}
                classNames={{ label: classes.wrappingLabel }}
              >
                <Trans
                  i18nKey="help.practicePhone"
                  values={{ phone: practice.phone }}
                  components={{ nr: <span className={classes.number} /> }}
                />
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
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
