import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { CHECKIN_NOTE_MAX_LENGTH, type Checkin, initialShareState } from '@oefenruimte/shared';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../../lib/api/api-client';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useCreateCheckin } from '../../api/create-checkin';
import { writeDraft } from '../../lib/checkin-draft-store';
import { type ModuleItemsShown, signalsDanger, toCheckinInput } from '../../lib/checkin-values';
import { BodySignalsField } from './body-signals-field';
import classes from './checkin-form.module.css';
import { DayField } from './day-field';
import { ModuleItemsFields } from './module-items-fields';
import { SafetyField } from './safety-field';
import { ScaleField } from './scale-field';
import { ShareField } from './share-field';
import { useQueueWhenOffline } from '../../../../pwa/use-checkin-outbox';
import { useCheckinDraft } from './use-checkin-draft';
import { WindowField } from './window-field';

interface CheckinFormProps {
  readonly today: string;
  readonly shareByDefault: boolean;
  readonly shown: ModuleItemsShown;
  readonly onSaved: (checkin: Checkin) => void;
  /** The safety question was answered yes (or tension 10) but the send failed: help anyway. */
  readonly onDangerUnsaved: () => void;
  /** No connection: the check-in waits on this device (the outbox) and goes when it can. */
  readonly onQueued?: (danger: boolean) => void;
}

export function CheckinForm(props: CheckinFormProps) {
  const { today, shareByDefault, shown, onSaved, onDangerUnsaved, onQueued } = props;
  const { t } = useTranslation('checkins');
  const toMessage = useErrorMessage();
  const { draft, values, set, reset, restored } = useCheckinDraft(today);
  const create = useCreateCheckin();
  const queueWhenOffline = useQueueWhenOffline();
  const shared = values.shared ?? initialShareState(shareByDefault);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = toCheckinInput(values, shareByDefault, shown);
    // Kept before sending, so even an untouched form keeps its key across a reload.
    writeDraft(draft);
    create.mutate(
      { idempotencyKey: draft.idempotencyKey, body },
      {
        onSuccess: (checkin) => {
          reset();
          onSaved(checkin);
        },
        onError: (sendError) => {
          const danger = signalsDanger(values);
          if (onQueued && queueWhenOffline(sendError, draft.idempotencyKey, body)) {
            reset();
            onQueued(danger);
          } else if (danger) onDangerUnsaved();
        },
      },
    );
  };

  const error = create.error;
  const dayError = error instanceof ApiRequestError && error.field('day');
  const scale = (key: 'tension' | 'mood' | 'energy' | 'sleep') => (
    <ScaleField
      label={t(`form.${key}`)}
      minLabel={t(`form.${key}Min`)}
      maxLabel={t(`form.${key}Max`)}
      value={values[key]}
      onChange={(v) => set(key, v)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        {restored && (
          <Alert color="sage" variant="light">
            <Group justify="space-between" gap="xs">
              <span>{t('form.restored')}</span>
              <Button variant="subtle" size="compact-sm" onClick={reset}>
                {t('form.startOver')}
              </Button>
            </Group>
          </Alert>
        )}
        <DayField today={today} value={values.day} onChange={(day) => set('day', day)} />
        {scale('tension')}
        <WindowField value={values.window} onChange={(v) => set('window', v)} />
        {scale('mood')}
        {scale('energy')}
        {scale('sleep')}
        <BodySignalsField value={values.bodySignals} onChange={(v) => set('bodySignals', v)} />
        <Textarea
          label={t('form.note')}
          description={t('form.noteHelp')}
          value={values.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={CHECKIN_NOTE_MAX_LENGTH}
          styles={{ label: { fontWeight: 600 } }}
        />
        <SafetyField value={values.safety} onChange={(v) => set('safety', v)} />
        <ModuleItemsFields shown={shown} values={values} set={set} />
        <ShareField
          values={values}
          shown={shown}
          shared={shared}
          onShared={(v) => set('shared', v)}
          onDiscuss={(v) => set('discuss', v)}
        />
        {error && (
          <Alert color="orange" variant="light" role="alert">
            {dayError
              ? t('form.dayInFuture')
              : error instanceof ApiRequestError && error.status === 0
                ? t('form.offline')
                : toMessage(error)}
          </Alert>
        )}
        {/* Always within reach on a phone: the save sticks above the bottom menu. */}
        <div className={classes.saveBar}>
          <Button type="submit" size="lg" loading={create.isPending} fullWidth>
            {t('form.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
