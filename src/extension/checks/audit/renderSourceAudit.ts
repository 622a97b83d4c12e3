// The Source Audit page: small bar charts drawn as inline SVG from the audit numbers. Pure
// (no vscode): the panel passes the webview's CSP source and a fresh nonce. No remote content,
// colours from the theme's CSS variables, a strict Content-Security-Policy.
import { countLabel } from '../../model/claimOutline';
import { truncate } from '../../model/spans';
import type { SourceAudit } from './computeSourceAudit';

export interface AuditPageContext {
  /** A fresh random nonce for the one inline style block and the one script. */
  nonce: string;
  /** The article's file name, shown as the heading. */
  title: string;
}

const COLOURS = ['blue', 'green', 'orange', 'purple', 'red', 'yellow'] as const;

// The page's style and script, written compactly (they ship inside the extension bundle).
// Colours come from the theme; each bar colour is one of VS Code's chart colours.
const STYLE =
  'body{color:var(--vscode-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);padding:0 16px}' +
  'h1{font-size:1.3em;font-weight:600}' +
  'h2{font-size:1em;font-weight:600;margin:1.2em 0 .4em}' +
  '.summary{color:var(--vscode-descriptionForeground)}' +
  'svg text{fill:var(--vscode-foreground);font-size:12px;font-family:var(--vscode-font-family)}' +
  'svg .value{fill:var(--vscode-descriptionForeground)}' +
  COLOURS.map((c) => `.bar.${c}{fill:var(--vscode-charts-${c})}`).join('') +
  '.reveal{cursor:pointer}' +
  '.reveal:focus{outline:1px solid var(--vscode-focusBorder)}';

// Enter or Space on a focused source row reveals it, like a click.
const SCRIPT =
  'const vscode=acquireVsCodeApi();' +
  "for(const row of document.querySelectorAll('.reveal')){" +
  "const reveal=()=>vscode.postMessage({type:'reveal',offset:Number(row.getAttribute('data-offset'))});" +
  "row.addEventListener('click',reveal);" +
  "row.addEventListener('keydown',(e)=>{if(e.key==='Enter'||e.key===' ')reveal()})}";

interface Bar {
  label: string;
  value: number;
  colour: (typeof COLOURS)[number];
  /** Set on source rows: clicking the row reveals the source's first mention. */
  reveal?: number;
}

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Nothing but the page's own nonce'd style and script; no images, fonts or frames at all. */
export const contentSecurityPolicy = (nonce: string): string => `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

const barChart = (caption: string, bars: Bar[]): string => {
  const rowHeight = 22;
  const labelWidth = 170;
  const barWidth = 220;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((bar, i) => {
      const y = i * rowHeight;
      const width = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / max) * barWidth));
      const reveal = bar.reveal === undefined ? '' : ` class="reveal" data-offset="${bar.reveal}" tabindex="0" role="button"`;
      return (
        `<g${reveal} transform="translate(0 ${y})">` +
        `<text x="0" y="15" class="label">${escapeHtml(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="4" height="14" width="${width}" class="bar ${bar.colour}"></rect>` +
        `<text x="${labelWidth + width + 6}" y="15" class="value">${bar.value}</text>` +
        `</g>`
      );
    })
    .join('');
  const height = Math.max(rowHeight, bars.length * rowHeight);
  return (
    `<section><h2>${escapeHtml(caption)}</h2>` +
    `<svg role="img" aria-label="${escapeHtml(caption)}" width="${labelWidth + barWidth + 40}" height="${height}">${rows}</svg></section>`
  );
};

const bar = (label: string, value: number, colour: Bar['colour']): Bar => ({ label, value, colour });

export const renderSourceAuditHtml = (audit: SourceAudit, page: AuditPageContext): string => {
  const { nonce } = page;
  const summary =
    `<p class="summary">${countLabel(audit.sourceCount, 'source')} · ${countLabel(audit.attributionCount, 'attribution')} · ` +
    `${percent(audit.anonymousShare)} anonymous · ${countLabel(audit.unattributedClaims, 'unattributed claim')}</p>`;
  const charts = [
    barChart('Sources by type', [
      bar('People', audit.sourcesByType.person, 'blue'),
      bar('Organisations', audit.sourcesByType.organization, 'green'),
      bar('Anonymous', audit.sourcesByType.anonymous, 'orange'),
      bar('Documents', audit.sourcesByType.document, 'purple'),
    ]),
    barChart('Direct vs paraphrase', [
      bar('Direct quotes', audit.byKind.direct, 'blue'),
      bar('Partial quotes', audit.byKind.partial, 'purple'),
      bar('Paraphrase', audit.byKind.paraphrase, 'green'),
      bar('No source', audit.byKind.noSource, 'red'),
    ]),
    barChart('Officials vs others', [
      bar('Officials', audit.officials, 'yellow'),
      bar('Others', audit.others, 'blue'),
    ]),
    audit.rows.length === 0
      ? '<section><h2>Attributions per source</h2><p>No sources found in this article.</p></section>'
      : barChart(
          'Attributions per source',
          audit.rows.map((row) => ({
            label: truncate(row.name, 26),
            value: row.attributions,
            colour: row.type === 'anonymous' ? 'orange' : row.official ? 'yellow' : 'blue',
            reveal: row.firstMention,
          })),
        ),
  ].join('\n');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Source Audit</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>Source Audit: ${escapeHtml(page.title)}</h1>
${summary}
${charts}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
};
