import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { homeFor, useMe } from '../../../lib/session/get-me';
import { FeatureCard } from '../components/feature-card';
import { HeroArt } from '../components/hero-art';
import {
  BookIcon,
  CodeIcon,
  LockIcon,
  PeopleIcon,
  ShieldIcon,
  SunIcon,
} from '../components/landing-icons';
import classes from '../components/landing.module.css';

const FEATURES = [
  { key: 'exercises', icon: <BookIcon /> },
  { key: 'checkIn', icon: <SunIcon /> },
  { key: 'sharing', icon: <LockIcon /> },
  { key: 'review', icon: <PeopleIcon /> },
] as const;

const AUDIENCES = ['clients', 'therapists'] as const;

/** What Oefenruimte is, in plain words, for someone deciding whether it feels safe to try. */
export function LandingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('landing.documentTitle'));
  const { data: me } = useMe();
  return (
    <Stack gap={56}>
      <section className={classes.hero} aria-labelledby="landing-title">
        <HeroArt className={classes.heroArt} />
        <Stack gap="md" className={classes.heroText}>
          <Text className={classes.eyebrow}>{t('landing.eyebrow')}</Text>
          <Title order={1} id="landing-title">
            {t('landing.title')}
          </Title>
          <Text className={classes.intro}>{t('landing.intro')}</Text>
          <Group>
            {/* Someone still logged in gets back in from here; everyone else can log in. */}
            <Button component={Link} to={me ? homeFor(me) : '/inloggen'} size="md">
              {me ? t('landing.backIn') : t('landing.logIn')}
            </Button>
          </Group>
        </Stack>
      </section>

      <section aria-labelledby="landing-features">
        <Title order={2} id="landing-features" mb="lg">
          {t('landing.featuresTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {FEATURES.map(({ key, icon }) => (
            <FeatureCard
              key={key}
              icon={icon}
              title={t(`landing.features.${key}.title`)}
              body={t(`landing.features.${key}.body`)}
            />
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="landing-audiences">
        <Title order={2} id="landing-audiences" mb="lg">
          {t('landing.audiencesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {AUDIENCES.map((key) => (
            <Stack key={key} gap="xs">
              <Title order={3}>{t(`landing.audiences.${key}.title`)}</Title>
              <Text>{t(`landing.audiences.${key}.body`)}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </section>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <FeatureCard
          headingOrder={2}
          icon={<ShieldIcon />}
          title={t('landing.privacy.title')}
          body={t('landing.privacy.body')}
        />
        <FeatureCard
          headingOrder={2}
          icon={<CodeIcon />}
          title={t('landing.openSource.title')}
          body={t('landing.openSource.body')}
        />
      </SimpleGrid>

      <Text className={classes.note}>{t('landing.notAService')}</Text>
    </Stack>
  );
}
