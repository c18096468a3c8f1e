import { Blockquote, Stack, Text } from '@mantine/core';
import type { Checkin } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';

/** What one check-in says, in plain lines; only what was answered. */
export function CheckinDetails({ checkin }: { checkin: Checkin }) {
  const { t } = useTranslation('checkins');
  const scales = (['tension', 'mood', 'energy', 'sleep'] as const)
    .filter((key) => checkin[key] !== null)
    .map((key) => `${t(`fields.${key}`)} ${checkin[key]}`);
  const items = checkin.items;
  const module = [
    items.urge != null ? t('progress.urgeLine', { urge: items.urge }) : null,
    items.contact != null ? t(items.contact ? 'progress.contactYes' : 'progress.contactNo') : null,
    items.boundarySet != null
      ? t(items.boundarySet ? 'progress.boundaryYes' : 'progress.boundaryNo')
      : null,
  ].filter((line): line is string => line !== null);
  const texts = [
    ['trigger', items.trigger],
    ['instead', items.instead],
    ['boundaryReaction', items.boundaryReaction],
  ] as const;
  return (
    <Stack gap={4}>
      {scales.length > 0 && <Text>{scales.join(' · ')}</Text>}
      {checkin.window && (
        <Text>
          {t('fields.window')}: {t(`windows.${checkin.window}`)}
        </Text>
      )}
      {checkin.bodySignals.length > 0 && (
        <Text>
          {t('fields.bodySignals')}:{' '}
          {checkin.bodySignals.map((s) => t(`bodySignals.${s}`)).join(', ')}
        </Text>
      )}
      {module.length > 0 && <Text>{module.join(' · ')}</Text>}
      {texts.map(
        ([key, value]) =>
          value && (
            <Text key={key}>
              {t(`fields.${key}`)}: {value}
            </Text>
          ),
      )}
      {checkin.note && (
        <Blockquote p="xs" color="stone.4" styles={{ root: { whiteSpace: 'pre-wrap' } }}>
          {checkin.note}
        </Blockquote>
      )}
    </Stack>
  );
}
