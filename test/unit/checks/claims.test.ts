import * as assert from 'assert';
import { appearsVerbatim, closestPassage, quotePieces } from '../../../src/engine/checks/rules/quoteMismatch';
import { AnalysisBuilder, applyFix, findingsOf, findingsOnText, flagged } from './builder';

describe('rule unattributed-claim', () => {
  it('flags a checkable statement no attribution covers, at hint level, saying why', () => {
    const b = new AnalysisBuilder('Repairs cost 3 billion won, the most ever spent on a pier.');
    b.claim('c1', 'unattributed', 'Repairs cost 3 billion won, the most ever spent on a pier.', null, null, ['money', 'superlative']);
    const [finding] = findingsOf('unattributed-claim', b);
    assert.strictEqual(finding.severity, 'hint');
    assert.match(finding.message, /an amount of money, a superlative/);
    assert.strictEqual(finding.claimId, 'c1');
  });

  it('does not flag attributed claims', () => {
    const b = new AnalysisBuilder('Repairs cost 3 billion won, the ministry said.');
    b.source('s1', 'ministry', 'organization', [['the ministry', 'role']]);
    b.attribution('a1', 'indirect', 'the ministry', 'said', 'Repairs cost 3 billion won', 's1');
    assert.deepStrictEqual(findingsOf('unattributed-claim', b), []);
  });

  it('does not flag a photo caption (its credit stands for the source)', () => {
    const b = new AnalysisBuilder('Workers repair the pier on March 3, 2026. (City of Porto)');
    b.claim('c1', 'unattributed', 'Workers repair the pier on March 3, 2026.', null, null, ['date']);
    b.credit('(City of Porto)', 'photo', 'City of Porto');
    assert.deepStrictEqual(findingsOf('unattributed-claim', b), []);
  });
});

describe('rule duplicate-paragraph', () => {
  const text = [
    'Workers repair the pier in Porto on March 3, 2026. (City of Porto)',
    'Workers repair the pier in Porto on March 3, 2026. (City of Porto)',
    '',
    'The pier reopened on Monday, the city said.',
    '',
  ].join('\n');

  it('flags the second copy of a paragraph, pointing at the first', () => {
    const b = new AnalysisBuilder(text);
    const [finding, ...rest] = findingsOf('duplicate-paragraph', b);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.severity, 'warning');
    assert.strictEqual(finding.start, text.indexOf('\n') + 1);
    assert.deepStrictEqual(finding.related?.map((r) => r.start), [0]);
  });

  it('offers a fix that deletes the copy and its line break', () => {
    const [finding] = findingsOf('duplicate-paragraph', new AnalysisBuilder(text));
    assert.strictEqual(applyFix(text, finding), text.replace(/^[^\n]*\n/, ''));
  });

  it('ignores differences in whitespace, and does not flag short repeated lines or different paragraphs', () => {
    const t = 'The pier   reopened on Monday.\nThe pier reopened on Monday.\n###\n###\nThe pier reopened on Tuesday.';
    const b = new AnalysisBuilder(t);
    assert.deepStrictEqual(
      findingsOf('duplicate-paragraph', b).map((f) => f.start),
      [t.indexOf('\nThe pier reopened on Monday.') + 1],
    );
  });

  it('on a real analysis: a pasted caption twice is flagged once', () => {
    assert.strictEqual(findingsOnText('duplicate-paragraph', text).length, 1);
  });
});

describe('rule unverified-claim', () => {
  const text = 'The pier reopened on Monday, the city said. Repairs cost 3 billion won, the ministry said.';
  function build(): AnalysisBuilder {
    const b = new AnalysisBuilder(text);
    b.source('s1', 'city', 'organization', [['the city', 'role']]);
    b.source('s2', 'ministry', 'organization', [['the ministry', 'role']]);
    b.attribution('a1', 'indirect', 'the city', 'said', 'The pier reopened on Monday', 's1');
    b.attribution('a2', 'indirect', 'the ministry', 'said', 'Repairs cost 3 billion won', 's2');
    return b;
  }

  it('reports every claim when there is no sidecar, as information', () => {
    const findings = findingsOf('unverified-claim', build());
    assert.deepStrictEqual(flagged(text, findings), ['The pier reopened on Monday', 'Repairs cost 3 billion won']);
    assert.ok(findings.every((f) => f.severity === 'information'));
  });

  it('clears a claim marked verified and names the status of disputed or false ones', () => {
    const sidecar = {
      annotations: [
        { text: 'The pier reopened on Monday', status: 'verified' as const },
        { text: 'Repairs cost 3 billion won', status: 'disputed' as const },
      ],
    };
    const findings = findingsOf('unverified-claim', build(), { sidecar });
    assert.deepStrictEqual(flagged(text, findings), ['Repairs cost 3 billion won']);
    assert.match(findings[0].message, /disputed/);
    assert.strictEqual(findings[0].data?.status, 'disputed');
  });
});

describe('rule quote-mismatch', () => {
  const text = '"We will reopen the pier in May," the mayor said.';
  function build(): AnalysisBuilder {
    const b = new AnalysisBuilder(text);
    b.source('s1', 'mayor', 'person', [['the mayor', 'role']]);
    b.attribution('a1', 'direct', 'the mayor', 'said', '"We will reopen the pier in May,"', 's1');
    b.quote('"We will reopen the pier in May,"', 'full', 'a1');
    return b;
  }
  const sidecar = { annotations: [{ text: '"We will reopen the pier in May,"', status: 'verified' as const, evidence: 'transcripts/briefing.txt' }] };

  it('is silent when the quotation is in the evidence (quotes, whitespace, case and end punctuation normalised)', () => {
    const evidence = { 'transcripts/briefing.txt': 'MAYOR: Thank you.  we will reopen\nthe pier in May. Questions?' };
    assert.deepStrictEqual(findingsOf('quote-mismatch', build(), { sidecar, evidence }), []);
  });

  it('flags a quotation that is not in the evidence, with the closest passage', () => {
    const evidence = { 'transcripts/briefing.txt': 'Q: When will it open?\nMAYOR RINALDI: We hope to reopen the pier in June. Questions? No? Then goodbye.' };
    const [finding] = findingsOf('quote-mismatch', build(), { sidecar, evidence });
    assert.strictEqual(finding.severity, 'error');
    assert.strictEqual(finding.claimId, 'c1');
    assert.strictEqual(finding.data?.closestPassage, 'We hope to reopen the pier in June.');
    assert.match(finding.message, /Closest passage: "We hope to reopen the pier in June."/);
  });

  it('reports an evidence file that cannot be read', () => {
    const [finding] = findingsOf('quote-mismatch', build(), { sidecar, evidence: {} });
    assert.match(finding.message, /could not be read/);
  });

  it('is silent for evidence given as a URL, and without an evidence reader', () => {
    const url = { annotations: [{ ...sidecar.annotations[0], evidence: 'https://example.org/briefing' }] };
    assert.deepStrictEqual(findingsOf('quote-mismatch', build(), { sidecar: url, evidence: {} }), []);
    assert.deepStrictEqual(findingsOf('quote-mismatch', build(), { sidecar }), []);
  });

  it('reads "..." as an omission and [brackets] as an insertion', () => {
    assert.deepStrictEqual(quotePieces('We will ... reopen [the pier] in May.'), ['we will', 'reopen', 'in may']);
    assert.ok(appearsVerbatim(quotePieces('We will ... reopen [the pier] in May.'), 'we will, we must, reopen it in may.'));
    assert.ok(!appearsVerbatim(quotePieces('in May ... We will'), 'we will reopen it in may.'));
  });

  it('finds the closest passage by word overlap in one pass', () => {
    const evidence = 'A b c. D e f g h. The pier opens in May. I j k.';
    assert.strictEqual(closestPassage('the pier reopens in May', evidence)?.text, 'The pier opens in May.');
    const unpunctuated = `${'x '.repeat(60)}the pier opens in may${' y'.repeat(60)}`;
    assert.strictEqual(closestPassage('the pier reopens in May', unpunctuated)?.text, 'the pier opens in may');
  });
});
