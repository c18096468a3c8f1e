import { Anchor, List } from '@mantine/core';
import { type PlanContact, telHref } from '@oefenruimte/shared';
import { usePlanTranslation } from '../i18n/use-plan-translation';

/** The client's own contacts as links one tap from calling. */
export function PlanContacts({ contacts }: { contacts: readonly PlanContact[] }) {
  const { t } = usePlanTranslation();
  return (
    <List spacing={4}>
      {contacts.map((contact, index) => (
        <List.Item key={`${contact.phone}-${index}`}>
          <Anchor
            href={telHref(contact.phone)}
            fw={600}
            aria-label={t('match.call', { name: contact.name, phone: contact.phone })}
          >
            {contact.name}: <span style={{ whiteSpace: 'nowrap' }}>{contact.phone}</span>
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
