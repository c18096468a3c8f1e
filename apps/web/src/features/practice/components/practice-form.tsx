import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { type Practice, PRACTICE_TEXT_MAX_LENGTH } from '@oefenruimte/shared';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../lib/api/api-client';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { NAME_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { PRACTICE_QUERY_KEY, usePractice } from '../api/get-practice';
import { useUpdatePractice } from '../api/update-practice';
import { PracticeConflict } from './practice-conflict';

/**
 * The practice's details (owner only). Saved on the version it was read from: when someone
 * else saved in between, both versions are shown and the owner chooses; nothing typed is lost.
 */
export function PracticeForm({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practice');
  const update = useUpdatePractice();
  const queryClient = useQueryClient();
  const latest = usePractice().data;
  const [version, setVersion] = useState(practice.version);
  const { bindForm, ...form } = useSimpleForm(
    { name: practice.name, phone: practice.phone ?? '', crisisText: practice.crisisText ?? '' },
    {
      name: NAME_RULE,
      phone: { max: 40 },
      crisisText: { max: PRACTICE_TEXT_MAX_LENGTH },
    },
  );
  // What is stored now: sent along with the 409, or else fetched again right after it.
  const isConflict = update.error instanceof ApiRequestError && update.error.code === 'CONFLICT';
  const sent = isConflict
    ? ((update.error as ApiRequestError).current as Practice | undefined)
    : undefined;
  const conflict =
    sent ?? (isConflict && latest && latest.version !== version ? latest : undefined);

  function save(onVersion: number) {
    const { name, phone, crisisText } = form.values;
    update.mutate(
      {
        name: name.trim(),
        phone: phone.trim() || null,
        crisisText: crisisText.trim() || null,
        version: onVersion,
      },
      {
        onSuccess: (saved) => setVersion(saved.version),
        onError: (error) => {
          form.showServerProblems(error);
          if (error instanceof ApiRequestError && error.code === 'CONFLICT')
            void queryClient.invalidateQueries({ queryKey: PRACTICE_QUERY_KEY });
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (form.validate()) save(version);
  }

  function takeTheirs(current: Practice) {
    form.setValues({
      name: current.name,
      phone: current.phone ?? '',
      crisisText: current.crisisText ?? '',
    });
    setVersion(current.version);
    update.reset();
  }

  return (
    <form ref={bindForm} onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        {update.isSuccess && <Notice>{t('settings.saved')}</Notice>}
        {conflict ? (
          <PracticeConflict
            current={conflict}
            onTakeTheirs={() => takeTheirs(conflict)}
            onKeepMine={() => save(conflict.version)}
          />
        ) : (
          <FormAlert error={update.error} />
        )}
        <TextInput label={t('settings.name')} {...form.input('name')} />
        <TextInput
          label={t('settings.phone')}
          type="tel"
          autoComplete="off"
          {...form.input('phone')}
        />
        <Textarea
          label={t('settings.crisisText')}
          description={t('settings.crisisTextHint')}
          autosize
          minRows={3}
          {...form.input('crisisText')}
        />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('settings.save')}
        </Button>
      </Stack>
    </form>
  );
}
