import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import {
  type LibraryModuleSummary,
  MAX_AGREEMENTS_PER_REVIEW,
  type Review,
  type ReviewBundle,
} from '@oefenruimte/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/api/use-error-message';
import { useCreateReview } from '../api/create-review';
import { newKey } from '../../../lib/new-key';
import { type AgreementDraft, AgreementFields } from './agreement-fields';

const blank = (): AgreementDraft => ({ key: newKey(), text: '', moduleId: '' });

/** Afspraken for the coming week: add several, remove any, saved together as one review. */
export function AgreementsForm({
  clientId,
  bundle,
  modules,
  onSaved,
}: {
  clientId: string;
  bundle: ReviewBundle;
  /** The published modules an afspraak can point to. */
  modules: readonly LibraryModuleSummary[];
  onSaved: (review: Review) => void;
}) {
  const { t } = useTranslation('review');
  const toMessage = useErrorMessage();
  const create = useCreateReview(clientId);
  const [items, setItems] = useState<AgreementDraft[]>(() => [blank()]);
  const [emptyTried, setEmptyTried] = useState(false);
  const filled = items.filter((item) => item.text.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (filled.length === 0) return setEmptyTried(true);
    create.mutate(
      {
        periodStart: bundle.periodStart,
        periodEnd: bundle.periodEnd,
        agreements: filled.map((a) => ({ text: a.text.trim(), moduleId: a.moduleId || null })),
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2}>{t('review.formTitle')}</Title>
        <Text>{t('review.formIntro')}</Text>
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item, index) => (
            <AgreementFields
              key={item.key}
              n={index + 1}
              value={item}
              modules={modules}
              canRemove={items.length > 1}
              onChange={(next) => setItems(items.map((i) => (i.key === item.key ? next : i)))}
              onRemove={() => setItems(items.filter((i) => i.key !== item.key))}
            />
          ))}
        </Stack>
        {emptyTried && filled.length === 0 && (
          <Alert color="orange" variant="light" role="alert">
            {t('review.emptyAgreements')}
          </Alert>
        )}
        {create.isError && (
          <Alert color="orange" variant="light" role="alert">
            {toMessage(create.error)}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => setItems([...items, blank()])}
            disabled={items.length >= MAX_AGREEMENTS_PER_REVIEW}
          >
            {t('review.add')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('review.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
