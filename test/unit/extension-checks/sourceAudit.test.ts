import * as assert from 'assert';
import type { Analysis, Attribution, AttributionKind, Source, SourceType } from '../../../src/engine/types';
import { computeSourceAudit, isOfficialSource } from '../../../src/extension/checks/audit/computeSourceAudit';
import { renderSourceAuditHtml } from '../../../src/extension/checks/audit/renderSourceAudit';

function source(id: string, name: string, type: SourceType, start: number, extra: Partial<Source> = {}): Source {
  return { id, name, type, mentions: [{ start, end: start + name.length, text: name, kind: 'name', sourceId: id }], ...extra };
}

let nextId = 1;
function attribution(kind: AttributionKind, sourceId: string | null): Attribution {
  const at = nextId++;
  return { id: `a${at}`, kind, source: null, cue: { start: at, end: at + 1, text: 's' }, content: [], sourceId, parentId: null };
}

function analysisOf(sources: Source[], attributions: Attribution[]): Analysis {
  return { length: 1000, paragraphs: [], sentences: [], quotes: [], attributions, sources, claims: [], credits: [], problems: [] };
}

describe('source audit', () => {
  const cho = source('s1', 'Cho Tae-yul', 'person', 10, { title: 'Foreign Minister' });
  const ministry = source('s2', 'Ministry of Foreign Affairs', 'organization', 50);
  const officials = source('s3', 'officials', 'anonymous', 90);
  const resident = source('s4', 'Kim Min-ji', 'person', 130, { title: 'a shopkeeper in Seoul' });
  const poll = source('s5', 'a new poll', 'document', 170);
  const article = analysisOf(
    [cho, ministry, officials, resident, poll],
    [
      attribution('direct', 's1'),
      attribution('indirect', 's1'),
      attribution('partial', 's1'),
      attribution('according-to', 's2'),
      attribution('indirect', 's3'),
      attribution('direct', 's4'),
      attribution('no-source', null),
    ],
  );
  const audit = computeSourceAudit(article);

  it('counts sources by type', () => {
    assert.deepStrictEqual(audit.sourcesByType, { person: 2, organization: 1, anonymous: 1, document: 1 });
    assert.strictEqual(audit.sourceCount, 5);
  });

  it('separates direct quotes, partial quotes, paraphrase and sourceless reporting', () => {
    assert.deepStrictEqual(audit.byKind, { direct: 2, partial: 1, paraphrase: 3, noSource: 1 });
  });

  it('gives the anonymous share of the attributions that have a source', () => {
    assert.strictEqual(audit.anonymousShare, 1 / 6);
  });

  it('counts officials (titles, ministries, "officials") against everyone else', () => {
    assert.strictEqual(audit.officials, 3);
    assert.strictEqual(audit.others, 2);
    assert.ok(!isOfficialSource(resident));
    assert.ok(!isOfficialSource(poll));
  });

  it('orders sources by the attributions they carry, keeping the first mention to reveal', () => {
    assert.deepStrictEqual(
      audit.rows.map((r) => [r.name, r.attributions, r.direct, r.paraphrase]),
      [
        ['Cho Tae-yul', 3, 2, 1],
        ['Ministry of Foreign Affairs', 1, 0, 1],
        ['officials', 1, 0, 1],
        ['Kim Min-ji', 1, 1, 0],
        ['a new poll', 0, 0, 0],
      ],
    );
    assert.strictEqual(audit.rows[0].firstMention, 10);
  });

  it('has no anonymous share and no rows for an article without attributions', () => {
    const empty = computeSourceAudit(analysisOf([], []));
    assert.strictEqual(empty.anonymousShare, 0);
    assert.deepStrictEqual(empty.rows, []);
  });
});

describe('source audit page', () => {
  const audit = computeSourceAudit(
    analysisOf([source('s1', '<script>alert(1)</script>', 'person', 0)], [attribution('direct', 's1')]),
  );
  const html = renderSourceAuditHtml(audit, { nonce: 'N0NCE', title: 'a&b.article' });

  it('declares a strict Content-Security-Policy with a nonce and nothing remote', () => {
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-N0NCE'; script-src 'nonce-N0NCE'"/);
    assert.doesNotMatch(html, /https?:\/\//);
    for (const tag of html.match(/<(script|style)[^>]*>/g) ?? []) assert.match(tag, /nonce="N0NCE"/);
  });

  it('escapes names and titles from the article', () => {
    assert.ok(!html.includes('<script>alert'));
    assert.ok(html.includes('&#60;script&#62;alert(1)'));
    assert.ok(html.includes('a&#38;b.article'));
  });

  it('takes its colours from the theme', () => {
    assert.match(html, /var\(--vscode-charts-blue\)/);
    assert.match(html, /var\(--vscode-foreground\)/);
    assert.doesNotMatch(html, /#[0-9a-fA-F]{3,6}\b/);
  });
});
