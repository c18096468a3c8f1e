import { List, Text } from '@mantine/core';
import type { ItemAnswers } from '@oefenruimte/shared';
import type { FillItem } from '../lib/fill-items';
import { useQuestionnairesTranslation } from '../i18n/use-questionnaires-translation';

/** Each question with the answer given, or that it was skipped: the same for client and therapist. */
export function AnswerList({
  items,
  answers,
}: {
  readonly items: readonly FillItem[];
  readonly answers: ItemAnswers;
}) {
  const { t } = useQuestionnairesTranslation();
  return (
    <List type="ordered" spacing="xs">
      {items.map((item, index) => {
        const value = answers[index];
        const option = item.options.find((o) => o.value === value);
        return (
          <List.Item key={item.linkId}>
            <Text>{item.text}</Text>
            <Text fw={600} c={option ? undefined : 'dimmed'}>
              {option ? option.label : t('preview.skipped')}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
