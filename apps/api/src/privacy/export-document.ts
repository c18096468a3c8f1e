import type { ClientExport } from './privacy.service';

const escape = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const date = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' }) : '—';

function answerText(answer: unknown): string {
  if (answer === null || answer === undefined) return '—';
  if (typeof answer === 'string' || typeof answer === 'number' || typeof answer === 'boolean')
    return escape(answer);
  return `<pre>${escape(JSON.stringify(answer, null, 2))}</pre>`;
}

/** The export as one readable, self-contained HTML page (no scripts, nothing loaded from elsewhere). */
export function renderExportDocument(data: ClientExport): string {
  const section = (title: string, body: string) =>
    `<section><h2>${escape(title)}</h2>${body}</section>`;
  const list = (items: string[]) =>
    items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p>Niets.</p>';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Mijn gegevens uit Oefenruimte</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2a28}
h1,h2{color:#2f5d55}pre{white-space:pre-wrap;background:#f3f6f5;padding:.5rem}li{margin:.4rem 0}</style></head>
<body>
<h1>Mijn gegevens uit Oefenruimte</h1>
<p>Gemaakt op ${escape(date(data.exportedAt))} voor ${escape(data.account.name)} (${escape(data.account.email)}), ${escape(data.account.practice)}.</p>
${section('Zorgrelaties', list(data.careRelations.map((r) => `${escape(r.therapist)}: vanaf ${escape(date(r.since))}${r.until ? ` tot ${escape(date(r.until))}` : ''}`)))}
${section(
  'Check-ins',
  list(
    data.checkins.map(
      (c) =>
        `<strong>${escape(c.day)}</strong> — spanning ${escape(c.tension ?? '—')}, stemming ${escape(c.mood ?? '—')}, energie ${escape(c.energy ?? '—')}, slaap ${escape(c.sleep ?? '—')}, raam: ${escape(c.window ?? '—')}${c.note ? `<br>${escape(c.note)}` : ''}<br><em>${c.shared ? 'gedeeld' : 'privé'}${c.discuss ? ', wil ik bespreken' : ''}</em>`,
    ),
  ),
)}
${section(
  'Oefeningen',
  list(
    data.homework.map(
      (h) =>
        `<strong>${escape(h.module)}</strong> (van ${escape(h.assignedBy)}, ${escape(date(h.assignedAt))})${h.note ? `<br>Notitie: ${escape(h.note)}` : ''}${h.responses
          .map(
            (r) =>
              `<div><p>Begonnen ${escape(date(r.startedAt))}, ingeleverd ${escape(date(r.submittedAt))}</p>${answerText(r.answers)}${r.feedback
                .map((f) => `<p>Reactie van ${escape(f.by)}: ${escape(f.text)}</p>`)
                .join('')}</div>`,
          )
          .join('')}`,
    ),
  ),
)}
${section('Samen terugkijken', list(data.reviews.map((r) => `${escape(r.periodStart)} – ${escape(r.periodEnd)} met ${escape(r.therapist)}${list(r.agreements.map(escape))}`)))}
${section('Wie heeft mijn gegevens bekeken', list(data.accessLog.map((e) => `${escape(date(e.at))}: ${escape(e.who ?? 'onbekend')} — ${escape(e.event)} (${escape(e.outcome)})`)))}
</body></html>`;
}
