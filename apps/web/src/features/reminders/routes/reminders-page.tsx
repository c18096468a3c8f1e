import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type {
  PushDevice,
  Reminder,
  ReminderChannel,
  ReminderInput,
  ReminderKind,
  ReminderSettings,
} from '@oefenruimte/shared';
import { ALL_DAYS, REMINDER_CHANNELS } from '@oefenruimte/shared';
import { useEffect, useState } from 'react';
import { useRemindersTranslation } from '../i18n/use-reminders-translation';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useErrorMessage } from '../../../lib/api/use-error-message';
import { useFormatDate } from '../../../lib/format-date';
import {
  useAddDevice,
  useDeliveryHistory,
  useReminderSettings,
  useRemoveDevice,
  useTestDevice,
  useUpdateReminderSettings,
} from '../api/reminders';
import { pushAvailable, subscribeThisDevice } from '../lib/push-subscribe';
import { PlainFieldset } from '../../../components/plain-fieldset/plain-fieldset';
import { SuggestionCard } from '../components/suggestion-card';
import { useDaysText } from '../components/use-days-text';

type Day = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** /mijn/herinneringen: the client's own reminders, and the devices that get them. */
export function RemindersPage() {
  const { t } = useRemindersTranslation();
  useDocumentTitle(t('documentTitle'));
  const settings = useReminderSettings();
  // An accepted suggestion changes the saved reminders: the form starts again from them.
  const [answered, setAnswered] = useState(0);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
      </Stack>
      {settings.data?.suggestions.map((suggestion) => (
        <SuggestionCard
          key={suggestion.id}
          suggestion={suggestion}
          onAnswered={() => setAnswered((n) => n + 1)}
        />
      ))}
      {settings.data && <SettingsForm key={answered} saved={settings.data} />}
      {settings.data && <ReminderList settings={settings.data} />}
      <Devices />
    </Stack>
  );
}

function SettingsForm({ saved }: { saved: ReminderSettings }) {
  const { t } = useRemindersTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateReminderSettings();
  const [form, setForm] = useState(saved);
  const [done, setDone] = useState(false);
  const setReminder = (kind: ReminderKind, change: Partial<ReminderInput>) => {
    setDone(false);
    setForm({
      ...form,
      reminders: form.reminders.map((r) => (r.kind === kind ? { ...r, ...change } : r)),
    });
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            paused: form.paused,
            timeZone: form.timeZone,
            quietStart: form.quietStart || null,
            quietEnd: form.quietEnd || null,
            showDetails: form.showDetails,
            reminders: form.reminders.map(({ kind, enabled, channel, time, days }) => ({
              kind,
              enabled,
              channel,
              time,
              days,
            })),
          },
          { onSuccess: () => setDone(true) },
        );
      }}
    >
      <Stack gap="md">
        <Switch
          label={t('pause')}
          description={t('pauseHelp')}
          checked={form.paused}
          onChange={(event) => setForm({ ...form, paused: event.currentTarget.checked })}
        />
        {form.reminders.map((reminder) => (
          <KindFields
            key={reminder.kind}
            reminder={reminder}
            onChange={(change) => setReminder(reminder.kind, change)}
          />
        ))}
        <Text fw={600} size="sm">
          {t('quiet')}
        </Text>
        <Group grow>
          <TextInput
            type="time"
            label={t('quietStart')}
            value={form.quietStart ?? ''}
            onChange={(event) =>
              setForm({ ...form, quietStart: event.currentTarget.value || null })
            }
          />
          <TextInput
            type="time"
            label={t('quietEnd')}
            value={form.quietEnd ?? ''}
            onChange={(event) => setForm({ ...form, quietEnd: event.currentTarget.value || null })}
          />
        </Group>
        <Switch
          label={t('showDetails')}
          description={t('showDetailsHelp')}
          checked={form.showDetails}
          onChange={(event) => setForm({ ...form, showDetails: event.currentTarget.checked })}
        />
        {update.error && (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        {done && <Text role="status">{t('saved')}</Text>}
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('save')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** One kind of reminder: on or off, and — when on — the time, the days and how it comes. */
function KindFields({
  reminder,
  onChange,
}: {
  reminder: Reminder;
  onChange: (change: Partial<ReminderInput>) => void;
}) {
  const { t } = useRemindersTranslation();
  return (
    <PlainFieldset legend={t(`kind.${reminder.kind}`)}>
      <Stack gap="sm">
        <Text size="sm">{t(`kindHelp.${reminder.kind}`)}</Text>
        <Switch
          label={t(`enabled.${reminder.kind}`)}
          checked={reminder.enabled}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
        />
        {reminder.enabled && (
          <>
            <TextInput
              type="time"
              label={t('time')}
              value={reminder.time}
              required
              onChange={(event) => onChange({ time: event.currentTarget.value })}
            />
            <Checkbox.Group
              label={t('days')}
              value={reminder.days.map(String)}
              onChange={(values) => onChange({ days: values.map(Number).sort() })}
            >
              <Group gap="xs" mt={4}>
                {ALL_DAYS.map((day) => (
                  <Checkbox
                    key={day}
                    value={String(day)}
                    label={t(`dayNames.d${day as Day}`)}
                    aria-label={t(`dayLong.d${day as Day}`)}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <Radio.Group
              label={t('channel')}
              value={reminder.channel}
              onChange={(value) => onChange({ channel: value as ReminderChannel })}
            >
              <Stack gap={6} mt={4}>
                {REMINDER_CHANNELS.map((channel) => (
                  <Radio key={channel} value={channel} label={t(`channels.${channel}`)} />
                ))}
              </Stack>
            </Radio.Group>
          </>
        )}
      </Stack>
    </PlainFieldset>
  );
}

function ReminderList({ settings }: { settings: ReminderSettings }) {
  const { t } = useRemindersTranslation();
  const daysText = useDaysText();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('listTitle')}
      </Title>
      <ul aria-label={t('listTitle')} style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {settings.reminders.map((reminder) => (
          <li key={reminder.kind}>
            <Text span fw={600}>
              {t(`kind.${reminder.kind}`)}
            </Text>
            {': '}
            {!reminder.enabled
              ? t('off')
              : settings.paused
                ? t('paused')
                : t('on', {
                    time: reminder.time,
                    days: daysText(reminder.days),
                    channel: t(`channels.${reminder.channel}`).toLowerCase(),
                  })}
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function Devices() {
  const { t } = useRemindersTranslation();
  const errorMessage = useErrorMessage();
  const history = useDeliveryHistory();
  const add = useAddDevice();
  const format = useFormatDate();
  const [available, setAvailable] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void pushAvailable().then(setAvailable, () => setAvailable(false));
  }, []);

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('devicesTitle')}
      </Title>
      {history.data && (
        <Text size="sm">
          {history.data.lastSentAt
            ? t('lastSent', { at: format.dateTime(history.data.lastSentAt) })
            : t('neverSent')}
        </Text>
      )}
      {available === false && <Text>{t('noPush')}</Text>}
      {available && (
        <Button
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          loading={add.isPending}
          onClick={() => {
            setDenied(false);
            void subscribeThisDevice().then(
              (subscription) => (subscription ? add.mutate(subscription) : setDenied(true)),
              () => setDenied(true),
            );
          }}
        >
          {t('subscribe')}
        </Button>
      )}
      {denied && <Text role="status">{t('denied')}</Text>}
      {add.error && (
        <Alert color="red" role="alert">
          {errorMessage(add.error)}
        </Alert>
      )}
      {history.data?.devices.length === 0 && <Text size="sm">{t('noDevices')}</Text>}
      {history.data?.devices.map((device) => (
        <DeviceRow key={device.id} device={device} />
      ))}
    </Stack>
  );
}

function DeviceRow({ device }: { device: PushDevice }) {
  const { t } = useRemindersTranslation();
  const test = useTestDevice();
  const remove = useRemoveDevice();
  const status = device.failing
    ? t('deviceFailing')
    : device.lastSuccessAt
      ? t('deviceOk')
      : t('deviceNew');
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text fw={600}>{device.label}</Text>
        <Text size="sm" c={device.failing ? 'red.9' : undefined}>
          {status}
        </Text>
        {test.data && (
          <Text size="sm" role="status">
            {test.data.outcome === 'sent' ? t('testSent') : t('testFailed')}
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            loading={test.isPending}
            onClick={() => test.mutate(device.id)}
          >
            {t('test')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red.9"
            loading={remove.isPending}
            onClick={() => remove.mutate(device.id)}
          >
            {t('remove')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
