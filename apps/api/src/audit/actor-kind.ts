/**
 * Who did it, seen from the client the row is about (see AccessActorKind), as a SQL
 * expression over `audit_events e`, the actor `users a` and the subject `users s`.
 */
export const ACTOR_KIND = `CASE
    WHEN e.actor_id = e.subject_id THEN 'me'
    WHEN a.role = 'therapist' AND a.practice_id = s.practice_id THEN
      CASE WHEN EXISTS (SELECT 1 FROM care_relations r WHERE r.therapist_id = e.actor_id AND r.client_id = e.subject_id)
           THEN 'my-therapist' ELSE 'my-practice' END
    WHEN a.role = 'therapist' THEN 'other-practice'
    ELSE 'someone' END`;
