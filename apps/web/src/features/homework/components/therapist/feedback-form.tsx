import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { FEEDBACK_MAX_LENGTH } from '@oefenruimte/shared';
import { useEffect, useRef, useState } from 'react';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useCreateFeedback } from '../../api/create-feedback';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface FeedbackFormProps {
  readonly clientId: string;
  readonly responseId: string;
  /** Omitted: feedback on the response as a whole. */
  readonly stepId?: string;
  readonly label: string;
  /** Folded behind a button until wanted, so a long response stays readable. */
  readonly folded?: boolean;
  /** The folded button's accessible name, starting with its visible text. */
  readonly openLabel?: string;
}

/** A short written reaction the client will see next to their answer. */
export function FeedbackForm(props: FeedbackFormProps) {
  const { clientId, responseId, stepId, label, folded = false, openLabel } = props;
  const { t } = useHomeworkTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateFeedback(clientId, responseId);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(!folded);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open && folded) field.current?.focus();
  }, [open, folded]);
  if (!open)
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        onClick={() => setOpen(true)}
        aria-label={openLabel}
      >
        {t('feedback.open')}
      </Button>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        create.mutate(
          { text: text.trim(), ...(stepId ? { stepId } : {}) },
          { onSuccess: () => setText('') },
        );
      }}
    >
      <Stack gap={6}>
        <Textarea
          label={label}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={FEEDBACK_MAX_LENGTH}
          autosize
          minRows={2}
          ref={field}
        />
        {create.error && (
          <Text size="sm" role="alert">
            {errorMessage(create.error)}
          </Text>
        )}
        <Group gap="xs">
          <Button
            type="submit"
            size="compact-md"
            loading={create.isPending}
            disabled={!text.trim()}
          >
            {t('feedback.send')}
          </Button>
          {folded && (
            <Button variant="subtle" size="compact-md" onClick={() => setOpen(false)}>
              {t('feedback.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
