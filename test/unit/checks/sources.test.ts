import * as assert from 'assert';
import { boundedEditDistance } from '../../../src/engine/checks/rules/nameVariant';
import { AnalysisBuilder, applyFix, findingsOf, findingsOnText, flagged } from './builder';

describe('rule first-reference', () => {
  it('flags a surname-only first reference and completes it from a later full mention', () => {
    const text = 'Lopes said the pier was safe.\nHarbour Master Ana Lopes inspected it on Monday.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Ana Lopes', 'person', [['Lopes', 'alias'], ['Harbour Master Ana Lopes', 'name']], { title: 'Harbour Master' });
    const [finding] = findingsOf('first-reference', b);
    assert.strictEqual(text.slice(finding.start, finding.end), 'Lopes');
    assert.strictEqual(finding.sourceId, 's1');
    assert.strictEqual(applyFix(text, finding).split('\n')[0], 'Harbour Master Ana Lopes said the pier was safe.');
  });

  it('flags "title + surname" and a role at first reference', () => {
    const text = 'Minister Park opened the bridge.\nThe ministry said it cost less than planned.\nTransport Minister Park Ji-won and the Ministry of Transport disagreed.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Park Ji-won', 'person', [['Minister Park', 'title'], ['Transport Minister Park Ji-won', 'name']], { title: 'Transport Minister' });
    b.source('s2', 'Ministry of Transport', 'organization', [['The ministry', 'role'], ['the Ministry of Transport', 'name']]);
    const findings = findingsOf('first-reference', b);
    assert.deepStrictEqual(flagged(text, findings), ['Minister Park', 'The ministry']);
    assert.strictEqual(findings[0].fix?.edits[0].newText, 'Transport Minister Park Ji-won');
    assert.strictEqual(findings[1].fix?.edits[0].newText, 'The Ministry of Transport');
  });

  it('uses the registry for the title when the article never gives one', () => {
    const text = 'Ana Lopes said the pier was safe.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Ana Lopes', 'person', [['Ana Lopes', 'name']]);
    const registry = [{ name: 'Ana Lopes', title: 'Harbour Master', aliases: ['Lopes'] }];
    const [finding] = findingsOf('first-reference', b, { config: { registry } });
    assert.match(finding.message, /no title or affiliation/);
    assert.strictEqual(applyFix(text, finding), 'Harbour Master Ana Lopes said the pier was safe.');
  });

  it('does not flag a full first reference with a title, or an appositive title', () => {
    const text = 'Harbour Master Ana Lopes said the pier was safe. Ben Ortiz, a city engineer, agreed. Lopes left.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Ana Lopes', 'person', [['Harbour Master Ana Lopes', 'name'], ['Lopes', 'alias', 1]], { title: 'Harbour Master' });
    b.source('s2', 'Ben Ortiz', 'person', [['Ben Ortiz', 'name']], { title: 'engineer' });
    assert.deepStrictEqual(findingsOf('first-reference', b), []);
  });

  it('does not flag a full name when no title is known anywhere', () => {
    const b = new AnalysisBuilder('Ben Ortiz said the pier was safe.');
    b.source('s1', 'Ben Ortiz', 'person', [['Ben Ortiz', 'name']]);
    assert.deepStrictEqual(findingsOf('first-reference', b), []);
  });

  it('ignores anonymous sources and pronouns', () => {
    const b = new AnalysisBuilder('Officials said the pier was safe. He agreed.');
    b.source('s1', 'officials', 'anonymous', [['Officials', 'anonymous']]);
    b.source('s2', 'Ben Ortiz', 'person', [['He', 'pronoun']], { title: 'engineer' });
    assert.deepStrictEqual(findingsOf('first-reference', b), []);
  });
});

describe('rule name-variant', () => {
  it('flags two people whose names differ by a letter or two, pointing at the common spelling', () => {
    const text = 'Foreign Minister Park Ji-won spoke. Park Ji-won said yes. Later Park Ji-woon left.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Park Ji-won', 'person', [['Foreign Minister Park Ji-won', 'name'], ['Park Ji-won', 'name', 1]]);
    b.source('s2', 'Park Ji-woon', 'person', [['Park Ji-woon', 'name']]);
    const [finding, ...rest] = findingsOf('name-variant', b);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(text.slice(finding.start, finding.end), 'Park Ji-woon');
    assert.strictEqual(finding.related?.length, 1);
    assert.strictEqual(applyFix(text, finding), text.replace('Park Ji-woon', 'Park Ji-won'));
  });

  it('flags a variant spelling merged into one source', () => {
    const text = 'Ana Lopes spoke. Anna Lopes left.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Ana Lopes', 'person', [['Ana Lopes', 'name'], ['Anna Lopes', 'name']]);
    assert.deepStrictEqual(flagged(text, findingsOf('name-variant', b)), ['Anna Lopes']);
  });

  it('does not flag different names, or people with different titles', () => {
    const text = 'Ana Lopes and Ben Ortiz met. President Kim Jae-sun and former President Kim Jae-sung spoke.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'Ana Lopes', 'person', [['Ana Lopes', 'name']]);
    b.source('s2', 'Ben Ortiz', 'person', [['Ben Ortiz', 'name']]);
    b.source('s3', 'Kim Jae-sun', 'person', [['President Kim Jae-sun', 'name']], { title: 'President' });
    b.source('s4', 'Kim Jae-sung', 'person', [['former President Kim Jae-sung', 'name']], { title: 'former President' });
    assert.deepStrictEqual(findingsOf('name-variant', b), []);
  });

  it('bounds the edit distance instead of computing it in full', () => {
    assert.strictEqual(boundedEditDistance('cho tae-yul', 'cho tae-yeol', 2), 2);
    assert.strictEqual(boundedEditDistance('ana lopes', 'ben ortiz', 2), 3);
    assert.strictEqual(boundedEditDistance('a'.repeat(50), 'b'.repeat(10), 2), 3);
  });

  it('on a real analysis: "Park Ji-won" / "Park Ji-woon" is flagged', () => {
    const text = [
      'Transport Minister Park Ji-won said on Monday that the bridge would reopen.',
      '',
      'Park Ji-won added that repairs cost 3 billion won.',
      '',
      'Park Ji-woon said the contractor was paid in full.',
      '',
    ].join('\n');
    assert.deepStrictEqual(flagged(text, findingsOnText('name-variant', text)), ['Park Ji-woon']);
  });
});

describe('rule anonymous-source', () => {
  const text = 'Officials said the pier would close. The harbour master said it would not.';
  function build(): AnalysisBuilder {
    const b = new AnalysisBuilder(text);
    b.source('s1', 'officials', 'anonymous', [['Officials', 'anonymous']]);
    b.source('s2', 'harbour master', 'person', [['The harbour master', 'role']]);
    b.attribution('a1', 'indirect', 'Officials', 'said', 'the pier would close', 's1');
    b.attribution('a2', 'indirect', 'The harbour master', 'said', 'it would not', 's2');
    return b;
  }

  it('flags an attribution to an anonymous source', () => {
    const findings = findingsOf('anonymous-source', build());
    assert.deepStrictEqual(flagged(text, findings), ['Officials']);
    assert.strictEqual(findings[0].claimId, 'c1');
    assert.strictEqual(findings[0].severity, 'information');
  });

  it('is satisfied by a justification note on the claim in the sidecar', () => {
    const sidecar = { annotations: [{ text: 'the pier would close', status: 'unverified' as const, note: 'Two port officials; not authorised to speak publicly.' }] };
    assert.deepStrictEqual(findingsOf('anonymous-source', build(), { sidecar }), []);
  });

  it('is not satisfied by an annotation without a note', () => {
    const sidecar = { annotations: [{ text: 'the pier would close', status: 'verified' as const }] };
    assert.strictEqual(findingsOf('anonymous-source', build(), { sidecar }).length, 1);
  });

  it('reports an anonymous source once, at its first attribution, and a note on any of its claims justifies it', () => {
    const t = 'Officials said the pier would close. They said repairs would take a year.';
    const b = new AnalysisBuilder(t);
    b.source('s1', 'officials', 'anonymous', [['Officials', 'anonymous'], ['They', 'pronoun']]);
    b.attribution('a1', 'indirect', 'Officials', 'said', 'the pier would close', 's1');
    b.analysis.attributions.push({ id: 'a2', kind: 'indirect', source: b.span('They'), cue: b.span('said', 1), content: [b.span('repairs would take a year')], sourceId: 's1', parentId: null });
    b.claim('c2', 'indirect', 'repairs would take a year', 'a2', 's1');
    const findings = findingsOf('anonymous-source', b);
    assert.deepStrictEqual(flagged(t, findings), ['Officials']);
    assert.deepStrictEqual(findings[0].related?.map((r) => t.slice(r.start, r.end)), ['They']);
    const sidecar = { annotations: [{ text: 'repairs would take a year', status: 'unverified' as const, note: 'Port staff; not authorised.' }] };
    assert.deepStrictEqual(findingsOf('anonymous-source', b, { sidecar }), []);
  });

  it('on a real analysis: a poll\'s share of a group is no anonymous source, a count of officials is', () => {
    const t = [
      'Sixty-three percent of residents say the fares are too high.',
      'About 40 percent of voters said they had not decided.',
      '52% of riders said the buses were late.',
      'Two-thirds of Republicans said the party should change.',
      'Two senior officials said the talks had stalled.',
      'Supporters of Mayor Maria Varga said the vote was rigged.',
    ].join('\n\n');
    assert.deepStrictEqual(flagged(t, findingsOnText('anonymous-source', t)), ['Two senior officials', 'Supporters of Mayor Maria Varga']);
  });

  it('on a real analysis: "a source familiar with the talks" is flagged, a named source is not', () => {
    const t = 'A source familiar with the talks said a deal was close.\n\nTrade Minister Ana Lopes said talks would continue.\n';
    const findings = findingsOnText('anonymous-source', t);
    assert.strictEqual(findings.length, 1);
    assert.match(t.slice(findings[0].start, findings[0].end), /source familiar with the talks/i);
  });
});
