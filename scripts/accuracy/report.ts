/** docs/accuracy.md: the accuracy run as a report (per document, totals, every false error, every missed MAJOR). */
import type { Severity } from '../../server/src/diagnostics/finding';
import type { DocumentResult, Totals } from './evaluate';
import { SEVERITIES } from './match';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function severityCells(counts: Record<Severity, { all: number; false: number }>): string {
  return SEVERITIES.map((s) => `${counts[s].all} / ${counts[s].false}`).join(' | ');
}

export function renderReport(results: DocumentResult[], totals: Totals, targets: { name: string; met: boolean; value: string }[]): string {
  const lines: string[] = [];
  lines.push('# Accuracy on real documents');
  lines.push('');
  lines.push('Written by `npm run accuracy` (scripts/accuracy/): every document of the development corpus');
  lines.push('(`../shared/corpus/disclosure`, when present) and every project document with a truth file');
  lines.push('(test/accuracy/truth/) is checked, and each finding is matched to the truth: a finding is *true* when it');
  lines.push('points at a line of a real inconsistency found by recomputation, independently of the checker.');
  lines.push('Classes: MAJOR (a figure wrong beyond rounding), ROUND (a difference explained by rounding), TEXT (names,');
  lines.push('years, numbering, template wording). Fix audit: fix-all applied to each document may change only figures');
  lines.push('that the truth lists as involved in an inconsistency.');
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| target | value | met |');
  lines.push('|---|---|---|');
  for (const t of targets) lines.push(`| ${t.name} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('');
  lines.push('## Per document');
  lines.push('');
  lines.push('Findings as *all / false* per severity; recall as found / in truth (MAJOR at error or warning; ROUND and TEXT at any severity).');
  lines.push('');
  lines.push('| document | truth entries | error | warning | information | hint | MAJOR found | ROUND found | TEXT found | fix-all changes / wrong |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const truth = r.hasTruth ? String(r.entries.length) : 'no truth file';
    lines.push(
      `| ${r.name} | ${truth} | ${severityCells(r.counts)} | ${r.recall.MAJOR.found} / ${r.recall.MAJOR.all} | ${r.recall.ROUND.found} / ${r.recall.ROUND.all} | ${r.recall.TEXT.found} / ${r.recall.TEXT.all} | ${r.fixChanges.length} / ${r.fixChanges.filter((c) => !c.allowed).length} |`,
    );
  }
  lines.push(
    `| **total** (${results.length} documents) | ${totals.entries} | ${severityCells(totals.counts)} | ${totals.recall.MAJOR.found} / ${totals.recall.MAJOR.all} | ${totals.recall.ROUND.found} / ${totals.recall.ROUND.all} | ${totals.recall.TEXT.found} / ${totals.recall.TEXT.all} | ${totals.fixChanges} / ${totals.wrongFixChanges} |`,
  );
  lines.push('');
  const section = (title: string, rows: string[], empty: string): void => {
    lines.push(`## ${title}`, '');
    if (rows.length === 0) lines.push(empty);
    else lines.push(...rows);
    lines.push('');
  };
  section(
    'False errors',
    results.flatMap((r) => r.falseFindings.filter((m) => m.finding.severity === 'error').map((m) => `- ${r.name}:${m.line} ${m.finding.ruleId} — ${cell(m.finding.message)}`)),
    'None.',
  );
  section(
    'False warnings',
    results.flatMap((r) => r.falseFindings.filter((m) => m.finding.severity === 'warning').map((m) => `- ${r.name}:${m.line} ${m.finding.ruleId} — ${cell(m.finding.message)}`)),
    'None.',
  );
  section(
    'Missed MAJOR (not reported at error or warning)',
    results.flatMap((r) =>
      r.entries
        .filter((e) => e.entry.class === 'MAJOR' && e.severity !== 'error' && e.severity !== 'warning')
        .map((e) => `- ${r.name}:${e.entry.line} ${e.entry.kind}${e.severity ? ` (reported only as ${e.severity})` : ''} — ${cell(e.entry.note ?? `${e.entry.stated ?? ''} vs ${e.entry.expected ?? ''}`)}`),
    ),
    'None.',
  );
  section(
    'Fix-all changes to figures the truth does not list',
    results.flatMap((r) => r.fixChanges.filter((c) => !c.allowed).map((c) => `- ${r.name}:${c.line} ${c.before} → ${c.after}`)),
    'None.',
  );
  section(
    'False information notes',
    results.flatMap((r) => r.falseFindings.filter((m) => m.finding.severity === 'information').map((m) => `- ${r.name}:${m.line} ${m.finding.ruleId} — ${cell(m.finding.message)}`)),
    'None.',
  );
  return lines.join('\n');
}
