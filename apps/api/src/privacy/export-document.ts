import { checkinLines } from '@oefenruimte/shared';
import type { ClientExport, ExportCheckin } from './privacy.service';

const escape = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const ZONE = 'Europe/Amsterdam';
const moment = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  dateStyle: 'long',
  timeStyle: 'short',
});
const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A moment in Dutch, in Dutch time: "30 november 2026 om 14:05". */
export const dutchMoment = (iso: string) => moment.format(new Date(iso));
/** A day (yyyy-mm-dd) in Dutch: "maandag 30 november 2026". */
export const dutchDay = (day: string) => dayFormat.format(new Date(`${day}T12:00:00Z`));

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((part) => `<p>${escape(part).replace(/\n/g, '<br>')}</p>`)
    .join('');

const list = (items: string[], empty: string) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p>${empty}</p>`;

function checkinArticle(checkin: ExportCheckin): string {
  const lines = checkinLines(checkin)
    .map((line) =>
      line.kind === 'text'
        ? `<dt>${escape(line.label)}</dt><dd class="words">${paragraphs(line.text)}</dd>`
        : `<dt>${escape(line.label)}</dt><dd>${escape(line.text)}</dd>`,
    )
    .join('');
  const marks = [
    checkin.shared ? 'Gedeeld met je therapeut' : 'Privé: alleen voor jou',
    ...(checkin.discuss ? ['Wil ik bespreken'] : []),
    ...(checkin.danger ? ['Met een veiligheidssignaal'] : []),
  ];
  return `<article><h3>${escape(dutchDay(checkin.day))}</h3>
<p class="meta">Ingevuld op ${escape(dutchMoment(checkin.createdAt))} · ${marks.map(escape).join(' · ')}</p>
${lines ? `<dl>${lines}</dl>` : '<p>Niets ingevuld.</p>'}</article>`;
}

function homeworkArticle(h: ClientExport['homework'][number]): string {
  const responses = h.responses
    .map((r) => {
      const steps = r.steps
        .map(
          (s) =>
            `<dt>${escape(s.question)}</dt><dd>${s.answer.map((line) => paragraphs(line)).join('')}${
              s.shared || s.discuss
                ? `<p class="meta">${[s.shared ? 'Gedeeld met je therapeut' : '', s.discuss ? 'Wil ik bespreken' : ''].filter(Boolean).join(' · ')}</p>`
                : ''
            }</dd>`,
        )
        .join('');
      const feedback = r.feedback
        .map(
          (f) =>
            `<blockquote><p class="meta">${escape(f.by)} reageerde op ${escape(dutchMoment(f.at))}${f.question ? ` bij „${escape(f.question)}”` : ''}:</p>${paragraphs(f.text)}</blockquote>`,
        )
        .join('');
      return `<section><h4>${r.submittedAt ? `Ingeleverd op ${escape(dutchMoment(r.submittedAt))}` : `Begonnen op ${escape(dutchMoment(r.startedAt))}, nog niet ingeleverd`}</h4>
${steps ? `<dl>${steps}</dl>` : '<p>Nog niets ingevuld.</p>'}${feedback}</section>`;
    })
    .join('');
  return `<article><h3>${escape(h.module)}</h3>
<p class="meta">Klaargezet door ${escape(h.assignedBy)} op ${escape(dutchMoment(h.assignedAt))}</p>
${h.note ? `<p><strong>Notitie van je therapeut:</strong></p>${paragraphs(h.note)}` : ''}
${responses || '<p>Nog niet aan begonnen.</p>'}</article>`;
}

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.55;color:#1f2a28;background:#fff;max-width:42rem;margin:0 auto;padding:1rem 1rem 3rem;overflow-wrap:anywhere}
h1{font-size:1.6rem;line-height:1.25;color:#24514a;margin:.5rem 0 1rem}
h2{font-size:1.3rem;color:#24514a;border-bottom:2px solid #d6e3df;padding-bottom:.25rem;margin:2.25rem 0 .75rem}
h3{font-size:1.1rem;margin:0 0 .25rem}
h4{font-size:1rem;margin:1rem 0 .5rem}
article{border:1px solid #d6e3df;border-radius:.6rem;padding:.75rem 1rem;margin:0 0 1rem}
.meta{color:#4a5754;font-size:.95rem;margin:.1rem 0 .5rem}
dl{margin:.5rem 0 0}
dt{font-weight:600;margin-top:.6rem}
dd{margin:.1rem 0 0}
dd p{margin:.1rem 0}
blockquote{margin:.75rem 0;padding:.5rem .75rem;border-left:4px solid #8fb8ae;background:#f3f7f6}
ul{padding-left:1.25rem}li{margin:.35rem 0}
nav ul{padding-left:1.25rem}
a{color:#24514a}
.help{background:#f3f7f6;border-radius:.6rem;padding:.75rem 1rem}
`;

/** Newest first, each row a sentence with its moment. */
const accessList = (entries: ClientExport['accessLog'], empty: string) =>
  list(
    [...entries]
      .reverse()
      .map(
        (e) => `${escape(e.description)}<br><span class="meta">${escape(dutchMoment(e.at))}</span>`,
      ),
    empty,
  );

const PHASE_TITLES = {
  groen: 'Groen: het gaat goed',
  oranje: 'Oranje: het gaat minder',
  rood: 'Rood: crisis',
} as const;

type ExportPlan = NonNullable<ClientExport['safetyPlan']>;

/** A plan's content, phase by phase, in the client's own words. */
function planPhases(content: ExportPlan['versions'][number]['content']): string {
  const phases = (Object.keys(PHASE_TITLES) as (keyof typeof PHASE_TITLES)[]).map((phase) => {
    const part = content[phase];
    return `<h4>${escape(PHASE_TITLES[phase])}</h4>
<p class="meta">Hieraan merk ik het</p>${list(
      part.signals.map((signal) => escape(signal.text)),
      'Niets ingevuld.',
    )}
<p class="meta">Dit doe ik zelf</p>${list(part.selfSteps.map(escape), 'Niets ingevuld.')}
<p class="meta">Dit kunnen anderen voor me doen</p>${list(part.otherSteps.map(escape), 'Niets ingevuld.')}
<p class="meta">Wie ik bel</p>${list(
      part.contacts.map((c) => `${escape(c.name)}: ${escape(c.phone)}`),
      'Niemand ingevuld.',
    )}`;
  });
  return phases.join('');
}

/** One version of the signaleringsplan. */
function planArticle(version: ExportPlan['versions'][number], heading: string): string {
  return `<article><h3>${escape(heading)}</h3><p class="meta">Versie ${version.version}, geschreven op ${escape(dutchMoment(version.writtenAt))}</p>${planPhases(version.content)}</article>`;
}

const SUGGESTION_OUTCOMES: Readonly<Record<ExportPlan['suggestions'][number]['status'], string>> = {
  open: 'Je hebt nog niet gekozen.',
  accepted: 'Je hebt dit voorstel overgenomen',
  declined: 'Je hebt dit voorstel niet overgenomen.',
  replaced: 'Vervangen door een nieuwer voorstel.',
};

/** A change a therapist suggested, and what the client chose. */
function suggestionArticle(suggestion: ExportPlan['suggestions'][number]): string {
  const outcome =
    suggestion.status === 'accepted' && suggestion.acceptedVersion !== null
      ? `${SUGGESTION_OUTCOMES.accepted} (versie ${suggestion.acceptedVersion}).`
      : SUGGESTION_OUTCOMES[suggestion.status];
  return `<article><h3>Voorstel van ${escape(suggestion.by ?? 'een therapeut')}</h3><p class="meta">Voorgesteld op ${escape(dutchMoment(suggestion.suggestedAt))}, bij versie ${suggestion.baseVersion}. ${escape(outcome)}</p>${
    suggestion.note ? paragraphs(suggestion.note) : ''
  }${planPhases(suggestion.content)}</article>`;
}

function planSection(plan: ClientExport['safetyPlan']): string {
  if (!plan) return '<p>Je hebt nog geen signaleringsplan gemaakt.</p>';
  const [current, ...earlier] = plan.versions;
  return `<p>${plan.shared ? 'Je deelt dit plan met je therapeut.' : 'Alleen jij ziet dit plan.'}</p>${
    current ? planArticle(current, 'Je plan nu') : ''
  }${earlier.map((v) => planArticle(v, 'Een eerdere versie')).join('')}${plan.suggestions
    .map(suggestionArticle)
    .join('')}`;
}

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const REMINDER_KINDS: Readonly<Record<string, string>> = {
  checkin: 'Check-in',
  homework: 'Oefeningen',
  agreement: 'Afspraken',
};
const SUGGESTION_STATUS: Readonly<Record<string, string>> = {
  pending: 'nog niet beantwoord',
  accepted: 'aangenomen',
  declined: 'afgeslagen',
};
const CHANNELS: Readonly<Record<string, string>> = {
  push: 'melding op je apparaat',
  email: 'e-mail',
  both: 'melding en e-mail',
};

/** The reminders the client set, and how many went out: no more than the client chose. */
function remindersSection(data: ClientExport['reminders']): string {
  const reminders = (data['reminders'] ?? []) as {
    kind: string;
    enabled: boolean;
    channel: string;
    minute_of_day: number;
    days: number[];
  }[];
  const time = (minute: number) =>
    `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const items = reminders.map(
    (r) =>
      `${escape(REMINDER_KINDS[r.kind] ?? r.kind)}: ${r.enabled ? 'aan' : 'uit'}, om ${time(r.minute_of_day)}, op ${escape(
        (r.days ?? []).map((d) => WEEKDAYS[d % 7]).join(', '),
      )}, via ${escape(CHANNELS[r.channel] ?? r.channel)}`,
  );
  const suggestions = (
    (data['suggestions'] ?? []) as { module_title: string; minute_of_day: number; status: string }[]
  ).map(
    (s) =>
      `Voorstel bij ${escape(s.module_title)}: om ${time(s.minute_of_day)}, ${escape(SUGGESTION_STATUS[s.status] ?? s.status)}`,
  );
  const devices = (data['devices'] ?? []).length;
  const sent = (data['deliveries'] ?? []).length;
  return `${list([...items, ...suggestions], 'Je hebt geen herinneringen ingesteld.')}<p class="meta">${devices} apparaat/apparaten voor meldingen, ${sent} keer iets verstuurd. Alles staat ook in het JSON-bestand.</p>`;
}

/** Each filled-in questionnaire: when, its scores in words, and whether it is shared. */
function questionnairesSection(data: ClientExport['questionnaires']): string {
  const articles = data.responses.map((r) => {
    const when = r.submittedAt
      ? `Verstuurd op ${escape(dutchMoment(r.submittedAt))}`
      : `Begonnen op ${escape(dutchMoment(r.startedAt))}, nog niet verstuurd`;
    const scores = r.scores.map(
      (s) =>
        `${escape(s.scale)}: ${s.score === null ? 'geen score (te veel vragen overgeslagen)' : escape(s.score)}${
          s.band ? `, ${escape(s.band)}. ${escape(s.meaning)}` : ''
        }`,
    );
    return `<article><h3>${escape(r.title)}</h3><p class="meta">${when}. ${
      r.shared ? 'Gedeeld met je therapeut.' : 'Alleen voor jou.'
    }</p>${list(scores, r.status === 'completed' ? 'Geen score.' : 'Nog geen score.')}</article>`;
  });
  return `${articles.join('') || '<p>Je hebt nog geen vragenlijsten ingevuld.</p>'}<p class="meta">${data.assignments.length} vragenlijst(en) voor je klaargezet. Je antwoorden staan ook in het JSON-bestand, als FHIR QuestionnaireResponse.</p>`;
}

/** The client's standing choices for check-ins, in the words of the settings page. */
function preferencesLine(preferences: ClientExport['checkinPreferences']): string {
  if (!preferences) return '';
  const yesNo = (on: boolean) => (on ? 'ja' : 'nee');
  return `<p class="meta">Je instellingen: nieuwe check-ins standaard delen: ${yesNo(preferences.shareByDefault)}; je therapeut mag zien hoeveel check-ins je privé houdt: ${yesNo(preferences.showPrivateCount)}.</p>`;
}

/** The export as a document for a person: one self-contained page (no scripts, nothing loaded). */
export function renderExportDocument(data: ClientExport): string {
  const section = (id: string, title: string, body: string) =>
    `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${escape(title)}</h2>${body}</section>`;
  const checkins = data.checkins.map(checkinArticle).join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mijn gegevens uit Oefenruimte</title>
<style>${STYLE}</style></head>
<body><main>
<h1>Mijn gegevens uit Oefenruimte</h1>
<p>Gemaakt op ${escape(dutchMoment(data.exportedAt))} voor ${escape(data.account.name)} (${escape(data.account.email)}), bij ${escape(data.account.practice)}. Je account bestaat sinds ${escape(dutchMoment(data.account.createdAt))}.</p>
<p>Hierin staat alles wat je in Oefenruimte schreef, wat je deelde en wie je gegevens bekeek. Bewaar het op een plek die alleen jij kunt openen.</p>
<nav aria-label="Inhoud"><ul>
<li><a href="#checkins">Check-ins (${data.checkins.length})</a></li>
<li><a href="#oefeningen">Oefeningen (${data.homework.length})</a></li>
<li><a href="#terugkijken">Samen terugkijken en afspraken (${data.reviews.length})</a></li>
<li><a href="#signaleringsplan">Mijn signaleringsplan</a></li>
<li><a href="#vragenlijsten">Vragenlijsten (${data.questionnaires.responses.length})</a></li>
<li><a href="#herinneringen">Herinneringen</a></li>
<li><a href="#zorg">Je therapeuten</a></li>
<li><a href="#toegang">Wie heeft mijn gegevens bekeken</a></li>
</ul></nav>
<p class="help">Gaat het nu niet goed? Bel 113 of 0800-0113 (gratis), of chat via 113.nl. Bij direct gevaar: bel 112.</p>
${section('checkins', 'Check-ins', preferencesLine(data.checkinPreferences) + (checkins || '<p>Je hebt nog geen check-ins gedaan.</p>'))}
${section('oefeningen', 'Oefeningen', data.homework.map(homeworkArticle).join('') || '<p>Je hebt nog geen oefeningen gekregen.</p>')}
${section(
  'terugkijken',
  'Samen terugkijken en afspraken',
  data.reviews
    .map(
      (r) =>
        `<article><h3>Met ${escape(r.therapist)}, ${escape(dutchMoment(r.createdAt))}</h3><p class="meta">Over ${escape(dutchDay(r.periodStart))} tot en met ${escape(dutchDay(r.periodEnd))}</p>${list(
          r.agreements.map((a) => escape(a)),
          'Geen afspraken vastgelegd.',
        )}</article>`,
    )
    .join('') || '<p>Nog niet samen teruggekeken.</p>',
)}
${section('signaleringsplan', 'Mijn signaleringsplan', planSection(data.safetyPlan))}
${section('vragenlijsten', 'Vragenlijsten', questionnairesSection(data.questionnaires))}
${section('herinneringen', 'Herinneringen', remindersSection(data.reminders))}
${section(
  'zorg',
  'Je therapeuten',
  list(
    data.careRelations.map(
      (r) =>
        `${escape(r.therapist)}: vanaf ${escape(dutchMoment(r.since))}${r.until ? ` tot ${escape(dutchMoment(r.until))}` : ''}`,
    ),
    'Geen.',
  ),
)}
${section(
  'toegang',
  'Wie heeft mijn gegevens bekeken',
  `<h3>Wat anderen deden of probeerden</h3>${accessList(
    data.accessLog.filter((e) => !e.byMe),
    'Niemand anders heeft je gegevens bekeken of geprobeerd te openen.',
  )}
<h3>Wat je zelf deed</h3>${accessList(
    data.accessLog.filter((e) => e.byMe),
    'Niets.',
  )}`,
)}
</main></body></html>`;
}
