import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './client-tabs.module.css';

/**
 * The sections of one client's page, as links (each is its own address) that look like tabs.
 * A <nav> with aria-current rather than role="tablist": these load pages, they are not panels.
 */
export function ClientTabs({ clientId }: { clientId: string }) {
  const { t } = useTranslation('practice');
  const base = `/praktijk/clienten/${encodeURIComponent(clientId)}`;
  return (
    <nav aria-label={t('client.tabsLabel')} className={classes.tabs}>
      <NavLink to={base} end className={classes.tab}>
        {t('client.tabs.overview')}
      </NavLink>
      <NavLink to={`${base}/oefeningen`} className={classes.tab}>
        {t('client.tabs.exercises')}
      </NavLink>
      <NavLink to={`${base}/check-ins`} className={classes.tab}>
        {t('client.tabs.checkins')}
      </NavLink>
      <NavLink to={`${base}/terugkijken`} className={classes.tab}>
        {t('client.tabs.review')}
      </NavLink>
      <NavLink to={`${base}/signaleringsplan`} className={classes.tab}>
        {t('client.tabs.plan')}
      </NavLink>
      <NavLink to={`${base}/vragenlijsten`} className={classes.tab}>
        {t('client.tabs.questionnaires')}
      </NavLink>
    </nav>
  );
}
