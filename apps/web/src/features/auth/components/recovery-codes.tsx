import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import classes from '../../../components/printable/printable.module.css';
import { useAuthTranslation } from '../i18n/use-auth-translation';

interface RecoveryCodesProps {
  readonly codes: readonly string[];
  readonly onDone: () => void;
}

/** Shown once, right after the second factor is turned on: keep, copy, download or print them. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useAuthTranslation();
  const asText = `${t('account.recovery.fileHeader')}\n\n${codes.join('\n')}\n`;

  function download() {
    const url = URL.createObjectURL(new Blob([asText], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('account.recovery.fileName');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <Stack gap="md">
      <Alert color="sage" variant="light" role="status" title={t('account.recovery.onTitle')}>
        {t('account.recovery.on')}
      </Alert>
      <Paper withBorder radius="md" p="lg" className={classes.printable}>
        <Stack gap="sm">
          <Title order={3}>{t('account.recovery.title')}</Title>
          <Text fw={600}>{t('account.recovery.keepTitle')}</Text>
          <Text>{t('account.recovery.keep')}</Text>
          <SimpleGrid
            cols={{ base: 1, xs: 2 }}
            spacing="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('account.recovery.title')}
          >
            {codes.map((code) => (
              <li key={code}>
                <Code fz="lg" data-testid="recovery-code">
                  {code}
                </Code>
              </li>
            ))}
          </SimpleGrid>
        </Stack>
      </Paper>
      <Group gap="sm" className={classes.noPrint}>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('account.recovery.copied') : t('account.recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={download}>
          {t('account.recovery.download')}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {t('account.recovery.print')}
        </Button>
      </Group>
      <Button onClick={onDone} style={{ alignSelf: 'flex-start' }} className={classes.noPrint}>
        {t('account.recovery.done')}
      </Button>
    </Stack>
  );
}
