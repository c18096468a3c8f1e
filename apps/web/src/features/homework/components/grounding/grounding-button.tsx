import { Button, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { DialogHelp } from '../../../../components/help-panel/help-panel';
import { BreathingExercise } from './breathing-exercise';
import { SensesExercise } from './senses-exercise';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** "Even landen": a calming exercise one tap away from every step, closing back to where you were. */
export function GroundingButton() {
  const { t } = useHomeworkTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [kind, setKind] = useState<'senses' | 'breathing'>('senses');
  return (
    <>
      <Button variant="light" color="sage" size="sm" onClick={open}>
        {t('grounding.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('grounding.title')} size="md">
        <DialogHelp>
          <Stack gap="md">
            <Text size="sm">{t('grounding.intro')}</Text>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(value) => setKind(value === 'breathing' ? 'breathing' : 'senses')}
              data={[
                { value: 'senses', label: t('grounding.sensesTab') },
                { value: 'breathing', label: t('grounding.breathingTab') },
              ]}
            />
            {kind === 'senses' ? <SensesExercise /> : <BreathingExercise />}
            <Button onClick={close}>{t('grounding.close')}</Button>
          </Stack>
        </DialogHelp>
      </Modal>
    </>
  );
}
