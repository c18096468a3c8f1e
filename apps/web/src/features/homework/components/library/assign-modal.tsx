import { Modal, Text } from '@mantine/core';
import type { ClientSummary } from '@oefenruimte/shared';
import { useLibraryModules } from '../../api/get-library-modules';
import { LoadProblem } from '../common/load-problem';
import { AssignForm } from './assign-form';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface AssignModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onAssigned: (clientName: string | null) => void;
  readonly clientId?: string;
  readonly moduleId?: string;
  readonly title: string;
  /** Whom to choose from, without `clientId`: the practice's list, loaded by the page. */
  readonly clients?: {
    readonly data?: readonly ClientSummary[];
    readonly isPending: boolean;
    readonly error: Error | null;
  };
}

const NO_CLIENTS = { data: undefined, isPending: false, error: null };

/** "Toewijzen", from a module page (choose the client) or a client page (choose the module). */
export function AssignModal({
  opened,
  onClose,
  onAssigned,
  clientId,
  moduleId,
  title,
  clients = NO_CLIENTS,
}: AssignModalProps) {
  const { t } = useHomeworkTranslation();
  const modules = useLibraryModules('', null, opened && !moduleId);
  const assignable = (modules.data ?? []).filter((m) => m.publishedVersion !== null);
  const loading = (!clientId && clients.isPending) || (!moduleId && modules.isPending);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {clients.error || modules.error ? (
        <LoadProblem error={clients.error ?? modules.error} />
      ) : loading ? (
        <Text>{t('common.loading')}</Text>
      ) : !clientId && clients.data?.length === 0 ? (
        <Text>{t('assign.noClients')}</Text>
      ) : (
        <AssignForm
          clientId={clientId}
          moduleId={moduleId}
          clients={clientId ? undefined : clients.data}
          modules={moduleId ? undefined : assignable}
          onCancel={onClose}
          onAssigned={(a) =>
            onAssigned(clients.data?.find((c) => c.id === a.clientId)?.name ?? null)
          }
        />
      )}
    </Modal>
  );
}
