/**
 * Who did it, seen from the client the row is about (see AccessActorKind), as a SQL
 * expression over `audit_events e`, the actor `users a` and the subject `users s`; `subject` is
 * the SQL of that client's id (`e.subject_id`, or the reader's own id for a list row that names
 * them among others).
 */
export function actorKind(subject: string): string {
  return `CASE
    WHEN e.actor_id = ${subject} THEN 'me'
    WHEN a.role = 'therapist' AND a.practice_id = s.practice_id THEN
      CASE WHEN EXISTS (SELECT 1 FROM care_relations r WHERE r.therapist_id = e.actor_id AND r.client_id = ${subject})
           THEN 'my-therapist' ELSE 'my-practice' END
    WHEN a.role = 'therapist' THEN 'other-practice'
    ELSE 'someone' END`;
}

/** `actorKind` of the row's own subject. */
export const ACTOR_KIND = actorKind('e.subject_id');
