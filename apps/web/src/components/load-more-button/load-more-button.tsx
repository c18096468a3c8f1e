import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly onLoad: () => void;
}

/** "Meer laden" under a list that has another page; nothing when it does not. */
export function LoadMoreButton({ hasMore, loading, onLoad }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Button
      variant="default"
      onClick={onLoad}
      loading={loading}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('common.loadMore')}
    </Button>
  );
}
