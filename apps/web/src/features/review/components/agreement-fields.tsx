import { ActionIcon, Group, NativeSelect, Paper, Stack, Textarea } from '@mantine/core';
import { AGREEMENT_MAX_LENGTH, type LibraryModuleSummary } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';

export interface AgreementDraft {
  readonly key: string;
  readonly text: string;
  readonly moduleId: string;
}

interface AgreementFieldsProps {
  readonly n: number;
  readonly value: AgreementDraft;
  readonly modules: readonly LibraryModuleSummary[];
  readonly canRemove: boolean;
  readonly onChange: (value: AgreementDraft) => void;
  readonly onRemove: () => void;
}

/** One afspraak: the words, and optionally the module it belongs to. */
export function AgreementFields({
  n,
  value,
  modules,
  canRemove,
  onChange,
  onRemove,
}: AgreementFieldsProps) {
  const { t } = useTranslation('review');
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap="xs" style={{ flex: 1 }}>
          <Textarea
            label={t('review.agreement', { n })}
            placeholder={t('review.agreementPlaceholder')}
            value={value.text}
            onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
            autosize
            minRows={1}
            maxLength={AGREEMENT_MAX_LENGTH}
          />
          <NativeSelect
            label={t('review.module')}
            value={value.moduleId}
            onChange={(e) => onChange({ ...value, moduleId: e.currentTarget.value })}
            data={[
              { value: '', label: t('review.noModule') },
              ...modules.map((m) => ({ value: m.id, label: m.title })),
            ]}
          />
        </Stack>
        {canRemove && (
          <ActionIcon
            variant="subtle"
            color="stone.7"
            size="lg"
            mt={26}
            onClick={onRemove}
            aria-label={t('review.remove', { n })}
          >
            <span aria-hidden="true">×</span>
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}
