import { ThisWeekAgreements } from '../../features/review/components/this-week-agreements';
import { MyExercisesPage } from '../../features/homework/routes/my-exercises-page';

/** The client's home: their exercises, with this week's afspraken from the last review on top. */
export function ClientHomePage() {
  return <MyExercisesPage plan={<ThisWeekAgreements headingOrder={2} />} />;
}
