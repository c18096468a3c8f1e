import { hash } from '@node-rs/argon2';
import {
  SCORING_PROFILES,
  STRESS_CHECK_QUESTIONNAIRE,
  validateQuestionnaire,
} from '@oefenruimte/shared';
import type { DataSource } from 'typeorm';
import { ARGON2_OPTIONS } from '../identity/password.service';

/** A login the start banner prints for the local demo. */
export interface DemoLogin {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

const PRACTICE = {
  name: 'Praktijk De Linde (demo)',
  phone: '030 123 45 67',
  crisisText:
    'Op werkdagen tussen 9 en 17 uur bereik je de praktijk op 030 123 45 67. Buiten die tijden: bel je huisarts of de huisartsenpost, of 113.',
};

const THERAPIST = {
  name: 'Marieke de Vries',
  email: 'therapeut@demo.oefenruimte.nl',
  password: 'zachte-grenzen-oefenen',
};
const CLIENTS = [
  { name: 'Sanne Bakker', email: 'sanne@demo.oefenruimte.nl', password: 'stap-voor-stap-verder' },
  {
    name: 'Youssef El Amrani',
    email: 'youssef@demo.oefenruimte.nl',
    password: 'rustig-ademhalen-2026',
  },
];

/**
 * Fills the database with a demo practice for the local two-command start: a therapist (whose
 * second factor is relaxed, and only while the app runs in demo mode) and two clients in care,
 * with the project's own demo questionnaire in the library, assigned every 4 weeks to the first.
 * Idempotent: when the demo therapist exists, nothing is changed.
 */
export async function runDemoSeed(dataSource: DataSource): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [
    { role: 'therapist', email: THERAPIST.email, password: THERAPIST.password },
    ...CLIENTS.map((client) => ({
      role: 'client',
      email: client.email,
      password: client.password,
    })),
  ];
  const existing = await dataSource.query('SELECT 1 FROM users WHERE email = $1', [
    THERAPIST.email,
  ]);
  if (existing.length > 0) return logins;

  const hashes = await Promise.all(
    [THERAPIST, ...CLIENTS].map((person) => hash(person.password, ARGON2_OPTIONS)),
  );
  await dataSource.transaction(async (manager) => {
    const [practice] = await manager.query(
      'INSERT INTO practices (name, phone, crisis_text) VALUES ($1, $2, $3) RETURNING id',
      [PRACTICE.name, PRACTICE.phone, PRACTICE.crisisText],
    );
    const [therapist] = await manager.query(
      `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash, is_demo)
       VALUES ($1, 'therapist', 'owner', $2, $3, $4, true) RETURNING id`,
      [practice.id, THERAPIST.email, THERAPIST.name, hashes[0]],
    );
    const clientIds: string[] = [];
    for (const [index, client] of CLIENTS.entries()) {
      const [row] = await manager.query(
        `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash, is_demo)
         VALUES ($1, 'client', 'client', $2, $3, $4, true) RETURNING id`,
        [practice.id, client.email, client.name, hashes[index + 1]],
      );
      await manager.query(
        `INSERT INTO care_relations (practice_id, therapist_id, client_id, since)
         VALUES ($1, $2, $3, now() - interval '6 weeks')`,
        [practice.id, therapist.id, row.id],
      );
      clientIds.push(row.id);
    }
    const demo = validateQuestionnaire(STRESS_CHECK_QUESTIONNAIRE, SCORING_PROFILES);
    if (!demo.ok) throw new Error('the demo questionnaire does not validate');
    const [questionnaire] = await manager.query(
      `INSERT INTO questionnaires (practice_id, url, version, title, profile_id, item_count, resource)
       VALUES ($1, $2, '', $3, $4, $5, $6) RETURNING id`,
      [
        practice.id,
        STRESS_CHECK_QUESTIONNAIRE.url,
        STRESS_CHECK_QUESTIONNAIRE.title,
        demo.profile.id,
        demo.items.length,
        STRESS_CHECK_QUESTIONNAIRE,
      ],
    );
    await manager.query(
      `INSERT INTO questionnaire_assignments (practice_id, client_id, therapist_id, questionnaire_id, every_days, next_due)
       VALUES ($1, $2, $3, $4, 28, (now() AT TIME ZONE 'Europe/Amsterdam')::date)`,
      [practice.id, clientIds[0], therapist.id, questionnaire.id],
    );
  });
  return logins;
}
