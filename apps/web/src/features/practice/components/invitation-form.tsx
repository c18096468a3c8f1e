import { Button, Stack, TextInput } from '@mantine/core';
import type { CreatedInvitation, InvitationKind } from '@oefenruimte/shared';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { EMAIL_RULE, NAME_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useCreateInvitation } from '../api/create-invitation';

interface InvitationFormProps {
  readonly kind: InvitationKind;
  readonly onCreated: (invitation: CreatedInvitation) => void;
}

/** Name, and an e-mail address if the person wants the link by mail (optional for clients). */
export function InvitationForm({ kind, onCreated }: InvitationFormProps) {
  const { t } = useTranslation('practice');
  const create = useCreateInvitation(kind);
  const { bindForm, ...form } = useSimpleForm(
    { name: '', email: '' },
    { name: NAME_RULE, email: { ...EMAIL_RULE, required: kind === 'therapist' } },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    const email = form.values.email.trim();
    create.mutate(
      { name: form.values.name.trim(), ...(email ? { email } : {}) },
      { onSuccess: onCreated, onError: form.showServerProblems },
    );
  }

  return (
    <form ref={bindForm} onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        <FormAlert error={create.error} />
        <TextInput
          label={t(kind === 'client' ? 'invitations.clientName' : 'invitations.colleagueName')}
          description={kind === 'client' ? t('invitations.nameHint') : undefined}
          autoComplete="off"
          {...form.input('name')}
        />
        <TextInput
          label={t(kind === 'client' ? 'invitations.emailOptional' : 'invitations.email')}
          description={kind === 'client' ? t('invitations.emailHint') : undefined}
          type="email"
          inputMode="email"
          autoComplete="off"
          {...form.input('email')}
        />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('invitations.create')}
        </Button>
      </Stack>
    </form>
  );
}
