import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  ALL_DAYS,
  ASSIGNMENT_NOTE_MAX_LENGTH,
  ASSIGNMENT_RHYTHMS,
  type AssignmentRhythm,
  type AssignmentSummary,
} from '@oefenruimte/shared';
import { useState } from 'react';
import { ApiRequestError } from '../../../../lib/api/api-client';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useCreateAssignment } from '../../api/create-assignment';
import { todayAsDay } from '../../utils/dates';
import { PlainFieldset } from '../../../../components/plain-fieldset/plain-fieldset';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One checkbox per day of the week (ISO 1 = Monday … 7 = Sunday): ticking adds it, unticking removes it. */
function WeekdayCheckboxes({
  days,
  onChange,
}: {
  days: readonly number[];
  onChange: (days: number[]) => void;
}) {
  const { t } = useHomeworkTranslation();
  return (
    <Group gap="sm">
      {WEEKDAYS.map((day, index) => (
        <Checkbox
          key={day}
          label={t(`weekday.${day}`)}
          checked={days.includes(index + 1)}
          onChange={(e) =>
            onChange(
              e.currentTarget.checked ? [...days, index + 1] : days.filter((d) => d !== index + 1),
            )
          }
        />
      ))}
    </Group>
  );
}

interface AssignFormProps {
  /** Fixed when assigning from a module page; chosen here otherwise. */
  readonly clientId?: string;
  readonly moduleId?: string;
  readonly clients?: readonly { id: string; name: string }[];
  readonly modules?: readonly { id: string; title: string }[];
  readonly onAssigned: (assignment: AssignmentSummary) => void;
  readonly onCancel: () => void;
}

/**
 * Assign a module to a client: a personal note, an optional date, a rhythm, and optionally a
 * suggested reminder (the client sees it and decides; nothing starts without their yes).
 */
export function AssignForm({
  clientId,
  moduleId,
  clients,
  modules,
  onAssigned,
  onCancel,
}: AssignFormProps) {
  const { t } = useHomeworkTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateAssignment();
  const [client, setClient] = useState(clientId ?? '');
  const [module, setModule] = useState(moduleId ?? '');
  const [note, setNote] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [rhythm, setRhythm] = useState<AssignmentRhythm>('once');
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [suggest, setSuggest] = useState(false);
  const [reminderTime, setReminderTime] = useState('19:00');
  const [reminderDays, setReminderDays] = useState<number[]>([...ALL_DAYS]);
  const [missing, setMissing] = useState<string | null>(null);
  const fieldError = (name: string) =>
    create.error instanceof ApiRequestError && create.error.field(name)
      ? t('assign.fieldProblem')
      : undefined;
  const submit = () => {
    if (!client || !module) return setMissing(!client ? 'client' : 'module');
    if (rhythm === 'weekdays' && weekdays.length === 0) return setMissing('weekdays');
    if (suggest && reminderDays.length === 0) return setMissing('reminderDays');
    setMissing(null);
    create.mutate(
      {
        clientId: client,
        moduleId: module,
        rhythm,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(dueDate ? { dueDate } : {}),
        ...(rhythm === 'weekdays' ? { weekdays: [...weekdays].sort() } : {}),
        ...(suggest ? { reminder: { time: reminderTime, days: [...reminderDays].sort() } } : {}),
      },
      { onSuccess: onAssigned },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {clients && (
          <NativeSelect
            label={t('assign.client')}
            value={client}
            onChange={(e) => setClient(e.currentTarget.value)}
            data={[
              { value: '', label: t('assign.chooseClient') },
              ...clients.map((c) => ({ value: c.id, label: c.name })),
            ]}
            error={missing === 'client' ? t('assign.chooseClientError') : undefined}
            required
          />
        )}
        {modules && (
          <NativeSelect
            label={t('assign.module')}
            value={module}
            onChange={(e) => setModule(e.currentTarget.value)}
            data={[
              { value: '', label: t('assign.chooseModule') },
              ...modules.map((m) => ({ value: m.id, label: m.title })),
            ]}
            error={missing === 'module' ? t('assign.chooseModuleError') : undefined}
            required
          />
        )}
        <Textarea
          label={t('assign.note')}
          description={t('assign.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={ASSIGNMENT_NOTE_MAX_LENGTH}
          autosize
          minRows={3}
          error={fieldError('note')}
        />
        <TextInput
          type="date"
          label={t('assign.dueDate')}
          description={t('assign.dueDateHint')}
          value={dueDate}
          min={todayAsDay()}
          onChange={(e) => setDueDate(e.currentTarget.value)}
          error={fieldError('dueDate')}
        />
        <Radio.Group
          label={t('assign.rhythm')}
          value={rhythm}
          onChange={(v) => setRhythm(v as AssignmentRhythm)}
        >
          <Stack gap={6} mt={4}>
            {ASSIGNMENT_RHYTHMS.map((value) => (
              <Radio key={value} value={value} label={t(`rhythm.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {rhythm === 'weekdays' && (
          <PlainFieldset legend={t('assign.weekdays')}>
            <WeekdayCheckboxes days={weekdays} onChange={setWeekdays} />
            {missing === 'weekdays' && (
              <Alert color="stone" variant="light" mt="xs">
                {t('assign.weekdaysError')}
              </Alert>
            )}
          </PlainFieldset>
        )}
        <Checkbox
          label={t('assign.suggestReminder')}
          description={t('assign.suggestReminderHint')}
          checked={suggest}
          onChange={(e) => setSuggest(e.currentTarget.checked)}
        />
        {suggest && (
          <PlainFieldset legend={t('assign.reminderLegend')}>
            <Stack gap="sm">
              <TextInput
                type="time"
                label={t('assign.reminderTime')}
                value={reminderTime}
                required
                onChange={(e) => setReminderTime(e.currentTarget.value)}
                error={fieldError('reminder.time')}
              />
              <WeekdayCheckboxes days={reminderDays} onChange={setReminderDays} />
              {missing === 'reminderDays' && (
                <Alert color="stone" variant="light">
                  {t('assign.weekdaysError')}
                </Alert>
              )}
            </Stack>
          </PlainFieldset>
        )}
        {create.error && (
          <Alert color="stone" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={create.isPending}>
            {t('assign.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('assign.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
