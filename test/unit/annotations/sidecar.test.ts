import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import {
  anchorAnnotations,
  claimAnchor,
  ignoreFindingForClaim,
  orphanProblems,
  parseSidecar,
  sidecarPathFor,
  updateClaimAnnotation,
  type Sidecar,
} from '../../../src/engine/annotations/index';
import { runChecks } from '../../../src/engine/checks/index';
import { defaultConfig } from '../../../src/engine/config/index';

const ARTICLE = [
  'PORTO, March 4 -- Harbour Master Ana Lopes said on Monday that the pier would reopen in May.',
  '',
  '"We found cracks in two of the supports," Lopes told reporters.',
  '',
  'The city said repairs would cost 3 million euros.',
  '',
].join('\n');

const SIDECAR = [
  '# Fact-check of the pier story (desk: J. Park)',
  'claims:',
  '  # the lede',
  '  - text: the pier would reopen in May',
  '    claimant: Ana Lopes',
  '    status: verified # called the port office',
  '    evidence: transcripts/briefing.txt',
  '    reviewer: J. Park',
  "    date: '2026-03-04'",
  '  - text: repairs would cost 3 million euros',
  '    status: disputed',
  '    note: The budget document says 2.8 million.',
  '',
].join('\n');

function claimWith(text: string, words: string) {
  const analysis = analyze(text);
  const claim = analysis.claims.find((c) => c.span.text.includes(words));
  assert.ok(claim, `a claim containing "${words}"`);
  return { analysis, claim };
}

describe('the sidecar (ARTICLE.sources.yaml)', () => {
  describe('its path', () => {
    it('replaces the article extension with .sources.yaml beside it', () => {
      assert.strictEqual(sidecarPathFor('/news/korea-us-call.txt'), '/news/korea-us-call.sources.yaml');
      assert.strictEqual(sidecarPathFor('story.article'), 'story.sources.yaml');
      assert.strictEqual(sidecarPathFor('C:\\desk\\pier.md'), 'C:\\desk\\pier.sources.yaml');
      assert.strictEqual(sidecarPathFor('drafts/NOTES'), 'drafts/NOTES.sources.yaml');
      assert.strictEqual(sidecarPathFor('drafts.v2/.hidden'), 'drafts.v2/.hidden.sources.yaml');
    });
  });

  describe('reading', () => {
    it('reads each annotation with ClaimReview-like field names, and where it sits in the file', () => {
      const { sidecar, errors, ranges } = parseSidecar(SIDECAR);
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(sidecar.annotations[0], {
        text: 'the pier would reopen in May',
        claimant: 'Ana Lopes',
        status: 'verified',
        evidence: 'transcripts/briefing.txt',
        reviewer: 'J. Park',
        date: '2026-03-04',
      });
      assert.strictEqual(sidecar.annotations[1].status, 'disputed');
      assert.ok(SIDECAR.slice(ranges[1].start, ranges[1].end).startsWith('text: repairs'));
    });

    it('reports wrong values and keeps the rest: a bad status, unknown rules, an entry without text', () => {
      const text = ['claims:', '  - text: a', '    status: maybe', '    ignore: [loaded-verb, made-up]', '  - status: verified', '  - 7', ''].join('\n');
      const { sidecar, errors } = parseSidecar(text);
      assert.deepStrictEqual(sidecar.annotations, [{ text: 'a', status: 'unverified', ignore: ['loaded-verb'] }]);
      assert.strictEqual(errors.length, 4);
    });

    it('malformed YAML: an error at its position and no annotations', () => {
      const { sidecar, errors } = parseSidecar('claims:\n  - text: "unclosed\n');
      assert.deepStrictEqual(sidecar.annotations, []);
      assert.strictEqual(errors[0].severity, 'error');
    });

    it('hostile YAML is refused: alias bombs, huge and deeply nested documents', () => {
      const bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nclaims: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
      assert.match(parseSidecar(bomb).errors.at(-1)!.message, /Refused/);
      assert.match(parseSidecar(`claims: [${'{text: a}, '.repeat(120_000)}]`).errors[0].message, /Refused: .*larger/);
      assert.match(parseSidecar(`claims: ${'['.repeat(5000)}`).errors[0].message, /Refused: .*nested/);
    });
  });

  describe('anchoring annotations to claims', () => {
    it('finds each annotation by its claim text', () => {
      const analysis = analyze(ARTICLE);
      const anchors = anchorAnnotations(ARTICLE, analysis, parseSidecar(SIDECAR).sidecar);
      assert.strictEqual(anchors.length, 2);
      for (const a of anchors) {
        const claim = analysis.claims.find((c) => c.id === a.claimId);
        assert.ok(claim && claim.span.text.includes(a.annotation.text), a.annotation.text);
        assert.strictEqual(a.match, 'exact');
      }
    });

    it('survives edits elsewhere in the article', () => {
      const edited = `BREAKING\n\n${ARTICLE.replace('told reporters', 'said at a briefing')}Officials declined to comment.\n`;
      const anchors = anchorAnnotations(edited, analyze(edited), parseSidecar(SIDECAR).sidecar);
      assert.ok(anchors.every((a) => a.claimId !== null));
    });

    it('re-anchors after a small edit to the claim itself', () => {
      const edited = ARTICLE.replace('would reopen in May', 'would reopen in early May');
      const analysis = analyze(edited);
      const [lede] = anchorAnnotations(edited, analysis, parseSidecar(SIDECAR).sidecar);
      assert.strictEqual(lede.match, 'fuzzy');
      assert.match(analysis.claims.find((c) => c.id === lede.claimId)!.span.text, /reopen in early May/);
    });

    it('uses the context to tell identical claims apart', () => {
      const text = 'The mayor said the pier was safe.\n\nOn Friday the engineer said the pier was safe.\n';
      const analysis = analyze(text);
      const second = analysis.claims.filter((c) => c.span.text === 'the pier was safe')[1];
      assert.ok(second, 'two identical claims');
      const anchor = claimAnchor(text, analysis, second)!;
      assert.match(anchor.context, /engineer said/);
      const [anchored] = anchorAnnotations(text, analysis, { annotations: [{ text: anchor.text, context: anchor.context, status: 'verified' }] });
      assert.strictEqual(anchored.claimId, second.id);
    });

    it('keeps an annotation whose claim is gone, as orphaned, and reports it on the sidecar', () => {
      const edited = ARTICLE.replace('The city said repairs would cost 3 million euros.', 'The city has not published a budget.');
      const { sidecar, ranges } = parseSidecar(SIDECAR);
      const anchors = anchorAnnotations(edited, analyze(edited), sidecar);
      assert.strictEqual(anchors.length, 2, 'no annotation is dropped');
      assert.strictEqual(anchors[1].claimId, null);
      assert.strictEqual(anchors[1].match, 'none');
      const [problem] = orphanProblems(anchors, ranges);
      assert.strictEqual(problem.severity, 'warning');
      assert.match(problem.message, /Orphaned annotation.*repairs would cost 3 million euros/);
      assert.ok(SIDECAR.slice(problem.start, problem.end).startsWith('text: repairs'));
    });

    it('never drops or duplicates an annotation, whatever edits the article goes through', () => {
      const { sidecar } = parseSidecar(SIDECAR);
      let seed = 7;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      let text = ARTICLE;
      for (let round = 0; round < 200; round++) {
        const at = random(text.length + 1);
        const cut = random(12);
        const insert = ['', ' ', '"', '\n\n', 'said ', 'May'][random(6)];
        text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
        const anchors = anchorAnnotations(text, analyze(text), sidecar);
        assert.deepStrictEqual(anchors.map((a) => a.index), [0, 1]);
        const claimIds = anchors.map((a) => a.claimId).filter((id) => id !== null);
        assert.strictEqual(new Set(claimIds).size, claimIds.length);
      }
    });

    it('gives one claim at most one annotation; the extra one is orphaned, not lost', () => {
      const twice: Sidecar = { annotations: [{ text: 'the pier would reopen in May', status: 'verified' }, { text: 'the pier would reopen in May', status: 'false' }] };
      const anchors = anchorAnnotations(ARTICLE, analyze(ARTICLE), twice);
      assert.deepStrictEqual(anchors.map((a) => a.claimId === null), [false, true]);
    });
  });

  describe('writing annotations', () => {
    it('marks a claim verified in an existing sidecar, keeping comments and key order', () => {
      const { analysis, claim } = claimWith(ARTICLE, 'cost 3 million');
      const result = updateClaimAnnotation(SIDECAR, claimAnchor(ARTICLE, analysis, claim)!, { status: 'verified', reviewer: 'A. Reis', note: null });
      assert.ok('text' in result);
      const text = result.text;
      for (const comment of ['# Fact-check of the pier story (desk: J. Park)', '# the lede', '# called the port office']) assert.ok(text.includes(comment), comment);
      const { sidecar } = parseSidecar(text);
      assert.strictEqual(sidecar.annotations.length, 2);
      assert.deepStrictEqual(Object.keys(sidecar.annotations[1]), ['text', 'context', 'status', 'reviewer']);
      assert.strictEqual(sidecar.annotations[1].status, 'verified');
      assert.strictEqual(sidecar.annotations[1].note, undefined);
      assert.strictEqual(text.split('\n').slice(0, 10).join('\n'), SIDECAR.split('\n').slice(0, 10).join('\n'), 'the first entry is untouched');
    });

    it('creates the sidecar content when the file is empty, and the claim then counts as verified', () => {
      const { analysis, claim } = claimWith(ARTICLE, 'cost 3 million');
      const result = updateClaimAnnotation('', claimAnchor(ARTICLE, analysis, claim)!, { status: 'verified', reviewer: 'A. Reis', date: '2026-03-05' });
      assert.ok('text' in result);
      assert.match(result.text, /^# Sourcelight claim annotations/);
      const { sidecar, errors } = parseSidecar(result.text);
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(Object.keys(sidecar.annotations[0]), ['text', 'context', 'claimant', 'status', 'reviewer', 'date']);
      const findings = runChecks({ text: ARTICLE, analysis, config: defaultConfig(), sidecar }).filter((f) => f.rule === 'unverified-claim');
      assert.ok(!findings.some((f) => f.claimId === claim.id));
    });

    it('round-trips: parse → write → parse gives the same annotations, and a no-op write keeps the text', () => {
      const { analysis, claim } = claimWith(ARTICLE, 'reopen in May');
      const result = updateClaimAnnotation(SIDECAR, claimAnchor(ARTICLE, analysis, claim)!, {});
      assert.ok('text' in result);
      const before = parseSidecar(SIDECAR).sidecar.annotations;
      const after = parseSidecar(result.text).sidecar.annotations;
      assert.deepStrictEqual(after.map((a) => ({ ...a, context: undefined })), before.map((a) => ({ ...a, context: undefined })));
    });

    it('updates the entry of an edited claim, bringing its text up to date', () => {
      const edited = ARTICLE.replace('would reopen in May', 'would reopen in early May');
      const { analysis, claim } = claimWith(edited, 'early May');
      const result = updateClaimAnnotation(SIDECAR, claimAnchor(edited, analysis, claim)!, { note: 'Date confirmed.' });
      assert.ok('text' in result);
      const { sidecar } = parseSidecar(result.text);
      assert.strictEqual(sidecar.annotations.length, 2);
      assert.strictEqual(sidecar.annotations[0].text, 'the pier would reopen in early May');
      assert.strictEqual(sidecar.annotations[0].note, 'Date confirmed.');
      assert.strictEqual(sidecar.annotations[0].status, 'verified');
    });

    it('records "ignore this finding for this claim" once', () => {
      const { analysis, claim } = claimWith(ARTICLE, 'reopen in May');
      const anchor = claimAnchor(ARTICLE, analysis, claim)!;
      const once = ignoreFindingForClaim(SIDECAR, anchor, 'loaded-verb');
      assert.ok('text' in once);
      const twice = ignoreFindingForClaim(once.text, anchor, 'loaded-verb');
      assert.ok('text' in twice);
      const third = ignoreFindingForClaim(twice.text, anchor, 'first-reference');
      assert.ok('text' in third);
      assert.deepStrictEqual(parseSidecar(third.text).sidecar.annotations[0].ignore, ['loaded-verb', 'first-reference']);
    });

    it('never overwrites a malformed or hostile sidecar', () => {
      const anchor = { text: 'the pier would reopen in May', context: '' };
      for (const bad of ['claims:\n  - text: "unclosed\n', 'claims: 5\n', '- a\n', `claims: ${'['.repeat(100)}`, 'claims: &c [*c]\n', 'x: &x {text: a}\nclaims: [*x]\n']) {
        const result = updateClaimAnnotation(bad, anchor, { status: 'verified' });
        assert.ok('error' in result, bad);
      }
    });
  });
});
