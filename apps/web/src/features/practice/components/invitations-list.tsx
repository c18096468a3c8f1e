import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Invitation, InvitationStatus } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useFormatDate } from '../../../lib/format-date';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { ConfirmModal } from './confirm-modal';
import { LoadMoreButton } from '../../../components/load-more-button/load-more-button';

const STATUS_COLOR: Record<InvitationStatus, string> = {
  pending: 'sage',
  accepted: 'blue',
  revoked: 'gray',
  expired: 'gray',
};

/** The invitations sent so far, with their status; an open one can be revoked. */
export function InvitationsList() {
  const { t } = useTranslation('practice');
  const format = useFormatDate();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];

  if (invitations.isPending) return <PageLoader />;
  if (invitations.isError) return <FormAlert error={invitations.error} />;
  if (items.length === 0) return <Text>{t('invitations.listEmpty')}</Text>;

  return (
    <Stack gap="md">
      <FormAlert error={revoke.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('invitations.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.how')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.validUntil')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('invitations.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Th scope="row" fw={500}>
                  {invitation.name}
                  {invitation.kind === 'therapist' && (
                    <Text size="sm" c="dimmed">
                      {t('invitations.colleague')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{invitation.email ?? t('invitations.byCode')}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[invitation.status]}>
                    {t(`invitations.status.${invitation.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.date(invitation.expiresAt)}</Table.Td>
                <Table.Td>
                  {invitation.status === 'pending' && (
                    <Button
                      variant="default"
                      size="compact-sm"
                      onClick={() => setToRevoke(invitation)}
                      aria-label={t('invitations.revokeLabel', { name: invitation.name })}
                    >
                      {t('invitations.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton
        hasMore={invitations.hasNextPage}
        loading={invitations.isFetchingNextPage}
        onLoad={() => void invitations.fetchNextPage()}
      />
      <ConfirmModal
        opened={toRevoke !== null}
        title={t('invitations.revokeTitle', { name: toRevoke?.name ?? '' })}
        body={t('invitations.revokeBody')}
        confirmLabel={t('invitations.revokeConfirm')}
        loading={revoke.isPending}
        onCancel={() => setToRevoke(null)}
        onConfirm={() =>
          toRevoke && revoke.mutate(toRevoke.id, { onSettled: () => setToRevoke(null) })
        }
      />
    </Stack>
  );
}
