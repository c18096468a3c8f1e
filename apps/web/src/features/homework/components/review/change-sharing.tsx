import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import type { ClientResponse, ModuleContent } from '@oefenruimte/shared';
import { useState } from 'react';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useUpdateMarks } from '../../api/update-marks';
import { marksToLists, normaliseMarks } from '../../utils/share-defaults';
import { SharePreview } from './share-preview';
import { ShareToggles } from './share-toggles';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ChangeSharingProps {
  readonly assignmentId: string;
  readonly content: ModuleContent;
  readonly response: ClientResponse;
  readonly onDone: () => void;
}

/** After sending: share more, take a share back, or mark something to discuss. */
export function ChangeSharing({ assignmentId, content, response, onDone }: ChangeSharingProps) {
  const { t } = useHomeworkTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateMarks(assignmentId, response.id);
  const initial = marksToLists(response.marks);
  const [share, setShare] = useState(initial.share);
  const [discuss, setDiscuss] = useState(initial.discuss);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('sent.changeTitle')}
      </Title>
      <ShareToggles
        content={content}
        answers={response.answers}
        share={share}
        discuss={discuss}
        onChange={(s, d) => {
          setShare(s);
          setDiscuss(d);
        }}
      />
      <SharePreview content={content} answers={response.answers} share={share} discuss={discuss} />
      {update.error && (
        <Alert color="stone" variant="light" role="alert">
          {errorMessage(update.error)}
        </Alert>
      )}
      <Group gap="sm">
        <Button
          loading={update.isPending}
          onClick={() =>
            update.mutate(normaliseMarks(content, share, discuss), { onSuccess: onDone })
          }
        >
          {t('sent.saveSharing')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('sent.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
