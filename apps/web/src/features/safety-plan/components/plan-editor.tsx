import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  BODY_SIGNAL_LABELS,
  BODY_SIGNALS,
  type BodySignal,
  PLAN_CONTACTS_MAX,
  PLAN_LIST_MAX,
  PLAN_MAX_DAYS_RUNNING,
  PLAN_PHASES,
  PLAN_SCALE_ITEMS,
  PLAN_TEXT_MAX_LENGTH,
  type PlanPhase,
  type PlanPhaseContent,
  type PlanScaleItem,
  type PlanSignal,
  type PlanSignalLink,
  type SafetyPlanContent,
} from '@oefenruimte/shared';
import { usePlanTranslation } from '../i18n/use-plan-translation';

type LinkChoice = 'none' | PlanScaleItem | 'window' | 'body';

function choiceOf(link: PlanSignalLink | null): LinkChoice {
  if (!link) return 'none';
  return link.kind === 'scale' ? link.item : link.kind;
}

function linkFor(choice: LinkChoice, previous: PlanSignalLink | null): PlanSignalLink | null {
  const days = previous?.days ?? 1;
  if (choice === 'none') return null;
  if (choice === 'window') return { kind: 'window', state: 'outside', days };
  if (choice === 'body') return { kind: 'body', signal: 'hartkloppingen', days };
  const wasScale = previous?.kind === 'scale' ? previous : null;
  return {
    kind: 'scale',
    item: choice,
    // Sleep, mood and energy usually signal when low; tension and urge when high.
    comparison:
      wasScale?.comparison ?? (choice === 'tension' || choice === 'urge' ? 'atLeast' : 'atMost'),
    threshold: wasScale?.threshold ?? (choice === 'tension' || choice === 'urge' ? 7 : 3),
    days,
  };
}

interface EditorProps {
  readonly content: SafetyPlanContent;
  readonly onChange: (content: SafetyPlanContent) => void;
  /** The API's refusal per field path (e.g. `content.oranje.contacts.0.phone`). */
  readonly errorFor: (path: string) => string | undefined;
}

function TextList({
  label,
  addLabel,
  items,
  path,
  onChange,
  errorFor,
}: {
  label: (n: number) => string;
  addLabel: string;
  items: readonly string[];
  path: string;
  onChange: (items: string[]) => void;
  errorFor: EditorProps['errorFor'];
}) {
  const { t } = usePlanTranslation();
  return (
    <Stack gap="xs">
      {items.map((item, index) => (
        <Group key={index} align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={label(index + 1)}
            value={item}
            maxLength={PLAN_TEXT_MAX_LENGTH}
            error={errorFor(`${path}.${index}`)}
            onChange={(event) =>
              onChange(items.map((old, i) => (i === index ? event.currentTarget.value : old)))
            }
          />
          <Button
            variant="subtle"
            color="gray"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
            aria-label={`${t('editor.remove')}: ${label(index + 1)}`}
          >
            {t('editor.remove')}
          </Button>
        </Group>
      ))}
      {items.length < PLAN_LIST_MAX && (
        <Button variant="light" onClick={() => onChange([...items, ''])} w="fit-content">
          {addLabel}
        </Button>
      )}
    </Stack>
  );
}

function SignalLinkFields({
  link,
  path,
  onChange,
  errorFor,
}: {
  link: PlanSignalLink | null;
  path: string;
  onChange: (link: PlanSignalLink | null) => void;
  errorFor: EditorProps['errorFor'];
}) {
  const { t } = usePlanTranslation();
  const choices: { value: LinkChoice; label: string }[] = [
    { value: 'none', label: t('link.none') },
    ...PLAN_SCALE_ITEMS.map((item) => ({ value: item, label: t(`link.items.${item}`) })),
    { value: 'window', label: t('link.items.window') },
    { value: 'body', label: t('link.items.body') },
  ];
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('link.label')}
        data={choices}
        value={choiceOf(link)}
        allowDeselect={false}
        onChange={(value) => onChange(linkFor((value ?? 'none') as LinkChoice, link))}
      />
      {link?.kind === 'scale' && (
        <>
          <Select
            label={t('link.comparison')}
            w={150}
            allowDeselect={false}
            data={[
              { value: 'atLeast', label: t('link.atLeast', { value: link.threshold }) },
              { value: 'atMost', label: t('link.atMost', { value: link.threshold }) },
            ]}
            value={link.comparison}
            onChange={(value) =>
              onChange({ ...link, comparison: value === 'atMost' ? 'atMost' : 'atLeast' })
            }
          />
          <NumberInput
            label={t('link.threshold')}
            w={130}
            min={0}
            max={10}
            clampBehavior="strict"
            allowDecimal={false}
            value={link.threshold}
            error={errorFor(`${path}.threshold`)}
            onChange={(value) => onChange({ ...link, threshold: Number(value) || 0 })}
          />
        </>
      )}
      {link?.kind === 'body' && (
        <Select
          label={t('link.bodySignal')}
          allowDeselect={false}
          data={BODY_SIGNALS.map((signal) => ({
            value: signal,
            label: BODY_SIGNAL_LABELS[signal],
          }))}
          value={link.signal}
          onChange={(value) => onChange({ ...link, signal: (value ?? link.signal) as BodySignal })}
        />
      )}
      {link && (
        <NumberInput
          label={t('link.days')}
          w={200}
          min={1}
          max={PLAN_MAX_DAYS_RUNNING}
          clampBehavior="strict"
          allowDecimal={false}
          value={link.days}
          error={errorFor(`${path}.days`)}
          onChange={(value) => onChange({ ...link, days: Number(value) || 1 })}
        />
      )}
    </Group>
  );
}

function PhaseFields({
  phase,
  part,
  onChange,
  errorFor,
}: {
  phase: PlanPhase;
  part: PlanPhaseContent;
  onChange: (part: PlanPhaseContent) => void;
  errorFor: EditorProps['errorFor'];
}) {
  const { t } = usePlanTranslation();
  const base = `content.${phase}`;
  const setSignal = (index: number, signal: PlanSignal) =>
    onChange({ ...part, signals: part.signals.map((old, i) => (i === index ? signal : old)) });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`edit-${phase}`}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={`edit-${phase}`}>
            {t(`phases.${phase}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`phases.${phase}.hint`)}
          </Text>
        </div>
        <Fieldset legend={t('sections.signals')} variant="unstyled">
          <Stack gap="sm">
            {part.signals.map((signal, index) => (
              <Stack key={index} gap={6}>
                <Group align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('editor.signal', { n: index + 1 })}
                    value={signal.text}
                    maxLength={PLAN_TEXT_MAX_LENGTH}
                    error={errorFor(`${base}.signals.${index}.text`)}
                    onChange={(event) =>
                      setSignal(index, { ...signal, text: event.currentTarget.value })
                    }
                  />
                  <Button
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('editor.remove')}: ${t('editor.signal', { n: index + 1 })}`}
                    onClick={() =>
                      onChange({ ...part, signals: part.signals.filter((_, i) => i !== index) })
                    }
                  >
                    {t('editor.remove')}
                  </Button>
                </Group>
                <SignalLinkFields
                  link={signal.link}
                  path={`${base}.signals.${index}.link`}
                  errorFor={errorFor}
                  onChange={(link) => setSignal(index, { ...signal, link })}
                />
              </Stack>
            ))}
            {part.signals.length < PLAN_LIST_MAX && (
              <Button
                variant="light"
                w="fit-content"
                onClick={() =>
                  onChange({ ...part, signals: [...part.signals, { text: '', link: null }] })
                }
              >
                {t('editor.addSignal')}
              </Button>
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('sections.selfSteps')} variant="unstyled">
          <TextList
            label={(n) => t('editor.step', { n })}
            addLabel={t('editor.addStep')}
            items={part.selfSteps}
            path={`${base}.selfSteps`}
            errorFor={errorFor}
            onChange={(selfSteps) => onChange({ ...part, selfSteps })}
          />
        </Fieldset>
        <Fieldset legend={t('sections.otherSteps')} variant="unstyled">
          <TextList
            label={(n) => t('editor.step', { n })}
            addLabel={t('editor.addStep')}
            items={part.otherSteps}
            path={`${base}.otherSteps`}
            errorFor={errorFor}
            onChange={(otherSteps) => onChange({ ...part, otherSteps })}
          />
        </Fieldset>
        <Fieldset legend={t('sections.contacts')} variant="unstyled">
          <Stack gap="xs">
            {part.contacts.map((contact, index) => (
              <Group key={index} align="flex-end" wrap="wrap">
                <TextInput
                  label={t('editor.contactName')}
                  value={contact.name}
                  maxLength={PLAN_TEXT_MAX_LENGTH}
                  error={errorFor(`${base}.contacts.${index}.name`)}
                  onChange={(event) =>
                    onChange({
                      ...part,
                      contacts: part.contacts.map((old, i) =>
                        i === index ? { ...old, name: event.currentTarget.value } : old,
                      ),
                    })
                  }
                />
                <TextInput
                  label={t('editor.contactPhone')}
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  value={contact.phone}
                  maxLength={20}
                  error={errorFor(`${base}.contacts.${index}.phone`)}
                  onChange={(event) =>
                    onChange({
                      ...part,
                      contacts: part.contacts.map((old, i) =>
                        i === index ? { ...old, phone: event.currentTarget.value } : old,
                      ),
                    })
                  }
                />
                <Button
                  variant="subtle"
                  color="gray"
                  aria-label={`${t('editor.remove')}: ${contact.name || t('editor.contactName')}`}
                  onClick={() =>
                    onChange({ ...part, contacts: part.contacts.filter((_, i) => i !== index) })
                  }
                >
                  {t('editor.remove')}
                </Button>
              </Group>
            ))}
            {part.contacts.length < PLAN_CONTACTS_MAX && (
              <Button
                variant="light"
                w="fit-content"
                onClick={() =>
                  onChange({ ...part, contacts: [...part.contacts, { name: '', phone: '' }] })
                }
              >
                {t('editor.addContact')}
              </Button>
            )}
          </Stack>
        </Fieldset>
      </Stack>
    </Paper>
  );
}

/** The three phases as a form; the page keeps the content (and its draft) and saves it. */
export function PlanEditor({ content, onChange, errorFor }: EditorProps) {
  return (
    <Stack gap="md">
      {PLAN_PHASES.map((phase) => (
        <PhaseFields
          key={phase}
          phase={phase}
          part={content[phase]}
          errorFor={errorFor}
          onChange={(part) => onChange({ ...content, [phase]: part })}
        />
      ))}
    </Stack>
  );
}
