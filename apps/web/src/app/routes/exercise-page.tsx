import { useParams } from 'react-router';
import { ExercisePage as HomeworkExercisePage } from '../../features/homework/routes/exercise-page';
import { AssignmentReminderSuggestion } from '../../features/reminders/components/assignment-suggestion';

/**
 * /mijn/oefeningen/:assignmentId: the exercise, with below its intro the reminder the
 * therapist suggested with it (while it waits for the client's answer).
 */
export function ExercisePage() {
  const { assignmentId = '' } = useParams();
  return (
    <HomeworkExercisePage
      afterIntro={<AssignmentReminderSuggestion assignmentId={assignmentId} />}
    />
  );
}
